package org.dynamicsworkbench.plugins.explorer;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.render.scene.ColorBy;
import org.dynamicsworkbench.render.scene.ColorMap;

/**
 * How the curve is drawn: coloured by time, speed or a component ({@code #colorBy}) with the {@code #colorMap},
 * and, for a system of more than three dimensions, which state coordinates are the axes ({@code #coord-x},
 * {@code #coord-y}, {@code #coord-z}; disabled for other systems).
 */
final class AppearancePanel extends GridPane {
    private final ChoiceBox<ColorBy> colorBy = new ChoiceBox<>();
    private final ChoiceBox<ColorMap> colorMap = new ChoiceBox<>(FXCollections.observableArrayList(ColorMap.values()));
    private final List<ChoiceBox<Integer>> axes = List.of(new ChoiceBox<>(), new ChoiceBox<>(), new ChoiceBox<>());
    private final ExplorerViewModel viewModel;
    private DynamicalSystem shown;
    private boolean updating;

    AppearancePanel(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        setHgap(6);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(ExplorerView.LABEL_COLUMN_WIDTH);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, inputs);

        colorBy.setId("colorBy");
        colorBy.setConverter(converter(ColorBy::id, ColorBy::fromId));
        colorBy.valueProperty().addListener((obs, was, now) -> {
            if (now != null && !updating) {
                viewModel.setColorBy(now);
            }
        });
        colorMap.setId("colorMap");
        colorMap.setConverter(converter(ColorMap::id, ColorMap::fromId));
        colorMap.valueProperty().addListener((obs, was, now) -> {
            if (now != null && !updating) {
                viewModel.setColorMap(now);
            }
        });
        addRow(0, new Label("colour"), colorBy);
        addRow(1, new Label("map"), colorMap);
        String[] names = {"x", "y", "z"};
        for (int i = 0; i < 3; i++) {
            ChoiceBox<Integer> axis = axes.get(i);
            axis.setId("coord-" + names[i]);
            axis.valueProperty().addListener((obs, was, now) -> {
                if (now != null && !updating) {
                    chooseCoordinates();
                }
            });
            addRow(2 + i, new Label(names[i] + " axis"), axis);
        }
    }

    /** Sends the three chosen axes; a choice that repeats an index is shown back as the state's own. */
    private void chooseCoordinates() {
        int[] chosen = new int[3];
        for (int i = 0; i < 3; i++) {
            chosen[i] = axes.get(i).getValue();
        }
        if (ExplorerState.coordinateProblem(shown, chosen) == null) {
            viewModel.setCoordinates(chosen);
        } else {
            show(viewModel.stateProperty().get());
        }
    }

    void show(ExplorerState state) {
        updating = true;
        try {
            if (state.system() != shown) {
                shown = state.system();
                colorBy.getItems().setAll(choices(state.system()));
                List<Integer> indices = new ArrayList<>();
                for (int i = 0; i < state.system().dimension(); i++) {
                    indices.add(i);
                }
                for (ChoiceBox<Integer> axis : axes) {
                    axis.getItems().setAll(indices);
                    axis.setDisable(!ExplorerState.hasCoordinateChoice(state.system()));
                }
            }
            int[] coordinates = state.coordinates();
            for (int i = 0; i < 3; i++) {
                axes.get(i).setValue(coordinates[i]);
            }
            colorBy.setValue(state.colorBy());
            colorMap.setValue(state.colorMap());
        } finally {
            updating = false;
        }
    }

    /** Time, speed and every component the curve of {@code system} has. */
    static List<ColorBy> choices(DynamicalSystem system) {
        List<ColorBy> choices = new ArrayList<>(List.of(ColorBy.time(), ColorBy.speed()));
        for (int i = 0; i < system.dimension(); i++) {
            choices.add(ColorBy.component(i));
        }
        return choices;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> id,
                                                    java.util.function.Function<String, T> parse) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : id.apply(value);
            }

            @Override
            public T fromString(String text) {
                return parse.apply(text);
            }
        };
    }
}
