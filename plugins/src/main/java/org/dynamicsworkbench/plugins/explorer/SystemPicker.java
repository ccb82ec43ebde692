package org.dynamicsworkbench.plugins.explorer;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;

/**
 * A search field ({@code #systemSearch}, with a clear button) over the catalog's systems
 * ({@code #systemList}, each shown with its kind and dimension). Choosing a system calls the handler.
 */
final class SystemPicker extends VBox {
    private static final int VISIBLE_ROWS = 7;
    private static final double ROW_HEIGHT = 24;

    private final TextField search = TextFields.createClearableTextField();
    private final FilteredList<DynamicalSystem> filtered;
    private final ListView<DynamicalSystem> list;
    private boolean selecting;

    SystemPicker(SystemCatalog catalog, Consumer<String> onChoose) {
        super(4);
        search.setId("systemSearch");
        search.setPromptText("Search systems");
        filtered = new FilteredList<>(FXCollections.observableArrayList(catalog.systems()));
        list = new ListView<>(filtered);
        list.setId("systemList");
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPrefHeight(VISIBLE_ROWS * ROW_HEIGHT + 2);
        list.setCellFactory(view -> new SystemCell());
        search.textProperty().addListener((obs, was, query) -> filter(query));
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, chosen) -> {
            if (chosen != null && !selecting) {
                onChoose.accept(chosen.name());
            }
        });
        getChildren().addAll(search, list);
    }

    /** Selects {@code system} in the list (without calling the handler), if the filter shows it. */
    void showSelected(DynamicalSystem system) {
        selecting = true;
        try {
            list.getSelectionModel().select(system);
            list.scrollTo(system);
        } finally {
            selecting = false;
        }
    }

    private void filter(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        DynamicalSystem selected = list.getSelectionModel().getSelectedItem();
        selecting = true;
        try {
            filtered.setPredicate(system -> q.isEmpty() || system.name().toLowerCase(Locale.ROOT).contains(q)
                    || system.kind().label().equals(q));
            if (selected != null && filtered.contains(selected)) {
                list.getSelectionModel().select(selected);
            }
        } finally {
            selecting = false;
        }
    }

    /** A system's name, with its kind and dimension in a muted label on the right. */
    private static final class SystemCell extends ListCell<DynamicalSystem> {
        private final Label name = new Label();
        private final Label kind = new Label();
        private final HBox row = new HBox(6);

        SystemCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            kind.getStyleClass().add("system-kind");
            row.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().addAll(name, spacer, kind);
        }

        @Override
        protected void updateItem(DynamicalSystem system, boolean empty) {
            super.updateItem(system, empty);
            if (empty || system == null) {
                setGraphic(null);
                setText(null);
            } else {
                name.setText(system.name());
                kind.setText(system.kind().label() + " · " + system.dimension() + "D");
                setText(null);
                setGraphic(row);
            }
        }
    }
}
