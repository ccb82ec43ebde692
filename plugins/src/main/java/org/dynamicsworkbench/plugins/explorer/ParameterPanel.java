package org.dynamicsworkbench.plugins.explorer;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;

/**
 * One row per parameter of the current system: its name, a slider ({@code #param-NAME}) and a text
 * field ({@code #param-NAME-field}) kept in sync. The slider spans [d - |d|, d + |d|] around the catalog
 * default d ([-1, 1] when d = 0); the field takes any finite number and widens the slider's range to
 * show it. Every change, including each step of a slider drag, goes to the view model.
 */
final class ParameterPanel extends GridPane {
    private final ExplorerViewModel viewModel;
    private final List<Row> rows = new ArrayList<>();
    private DynamicalSystem shown;
    private boolean updating;

    ParameterPanel(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        setHgap(6);
        setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(ExplorerView.LABEL_COLUMN_WIDTH);
        name.setHalignment(HPos.RIGHT);
        ColumnConstraints slider = new ColumnConstraints();
        slider.setHgrow(Priority.ALWAYS);
        slider.setMinWidth(80);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(76);
        field.setPrefWidth(84);
        getColumnConstraints().addAll(name, slider, field);
    }

    /** Shows the parameters of {@code state}, rebuilding the rows when its system changed. */
    void show(ExplorerState state) {
        if (state.system() != shown) {
            rebuild(state.system());
        }
        double[] values = state.parameters();
        updating = true;
        try {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).show(values[i]);
            }
        } finally {
            updating = false;
        }
    }

    private void rebuild(DynamicalSystem system) {
        shown = system;
        rows.clear();
        getChildren().clear();
        List<String> names = system.parameterNames();
        double[] defaults = system.metadata().defaultParameters();
        if (names.isEmpty()) {
            Label none = new Label(system.name() + " has no parameters");
            none.getStyleClass().add("muted");
            add(none, 0, 0, 3, 1);
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            Row row = new Row(names.get(i), defaults[i]);
            rows.add(row);
            addRow(i, row.label, row.slider, row.field);
        }
    }

    /** The slider range for a parameter whose default is {@code d}. */
    static double[] sliderRange(double d) {
        return d == 0 ? new double[] {-1, 1} : new double[] {d - Math.abs(d), d + Math.abs(d)};
    }

    private final class Row {
        final String name;
        final Label label;
        final Slider slider;
        final NumberField field;

        Row(String name, double defaultValue) {
            this.name = name;
            label = new Label(name);
            label.setMinWidth(Label.USE_PREF_SIZE);
            double[] range = sliderRange(defaultValue);
            slider = new Slider(range[0], range[1], defaultValue);
            slider.setId("param-" + name);
            slider.setMinWidth(60);
            field = new NumberField("param-" + name + "-field", v -> true, "a finite number");
            field.setPrefColumnCount(6);
            slider.valueProperty().addListener((obs, was, now) -> {
                if (!updating) {
                    field.show(now.doubleValue());
                    viewModel.setParameter(name, now.doubleValue());
                }
            });
            field.setOnCommit(value -> {
                if (!updating) {
                    viewModel.setParameter(name, value);
                }
            });
        }

        void show(double value) {
            if (value < slider.getMin()) {
                slider.setMin(value);
            }
            if (value > slider.getMax()) {
                slider.setMax(value);
            }
            slider.setValue(value);
            field.show(value);
        }
    }
}
