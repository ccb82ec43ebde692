package org.dynamicsworkbench.plugins.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;

/**
 * The initial condition (one field per component, {@code #ic-0}, {@code #ic-1}, ...), the number of
 * steps ({@code #steps}), the step {@code #dt} and the {@code #method} (the last two only for flows;
 * maps are iterated), with the integration time steps x dt ({@code #durationLabel}).
 */
final class IntegrationPanel extends GridPane {
    private static final String[] AXES = {"x", "y", "z"};
    /** Initial-condition fields per line; a 4-D system takes two lines. */
    private static final int IC_COLUMNS = 3;

    private final ExplorerViewModel viewModel;
    private final GridPane initialConditionBox = new GridPane();
    private final List<NumberField> initialCondition = new ArrayList<>();
    private final NumberField steps;
    private final NumberField dt;
    private final ChoiceBox<IntegrationMethod> method = new ChoiceBox<>(FXCollections.observableArrayList(
            IntegrationMethod.values()));
    private final Label duration = new Label();
    private DynamicalSystem shown;
    private boolean updating;

    IntegrationPanel(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        setHgap(6);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(ExplorerView.LABEL_COLUMN_WIDTH);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, inputs);

        initialConditionBox.setHgap(4);
        initialConditionBox.setVgap(4);
        for (int i = 0; i < IC_COLUMNS; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / IC_COLUMNS);
            initialConditionBox.getColumnConstraints().add(column);
        }
        steps = new NumberField("steps", v -> v == Math.rint(v) && v >= 1 && v <= ExplorerState.MAX_STEPS,
                "an integer in [1, " + ExplorerState.MAX_STEPS + "]");
        steps.setOnCommit(v -> viewModel.setSteps((int) v));
        dt = new NumberField("dt", v -> v > 0, "a positive number");
        dt.setOnCommit(viewModel::setDt);
        method.setId("method");
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(IntegrationMethod m) {
                return m == null ? "" : m.label();
            }

            @Override
            public IntegrationMethod fromString(String label) {
                return IntegrationMethod.fromLabel(label);
            }
        });
        method.valueProperty().addListener((obs, was, now) -> {
            if (now != null && !updating) {
                viewModel.setMethod(now);
            }
        });
        duration.setId("durationLabel");
        duration.getStyleClass().add("muted");

        addRow(0, new Label("x₀"), initialConditionBox);
        addRow(1, new Label("steps"), steps);
        addRow(2, new Label("dt"), dt);
        addRow(3, new Label("method"), method);
        add(duration, 1, 4);
    }

    void show(ExplorerState state) {
        updating = true;
        try {
            if (state.system() != shown) {
                rebuild(state.system());
            }
            double[] x0 = state.initialCondition();
            for (int i = 0; i < x0.length; i++) {
                initialCondition.get(i).show(x0[i]);
            }
            steps.show(state.steps());
            dt.show(state.dt());
            method.setValue(state.method());
            boolean map = state.system().kind() == SystemKind.MAP;
            dt.setDisable(map);
            method.setDisable(map);
            duration.setText(map ? String.format(Locale.ROOT, "%,d iterations", state.steps())
                    : "t = 0 … " + NumberText.format(state.steps() * state.dt()));
        } finally {
            updating = false;
        }
    }

    private void rebuild(DynamicalSystem system) {
        shown = system;
        initialCondition.clear();
        initialConditionBox.getChildren().clear();
        for (int i = 0; i < system.dimension(); i++) {
            NumberField field = new NumberField("ic-" + i, v -> true, "a finite number");
            field.setPrefColumnCount(4);
            field.setMinWidth(40);
            field.setPromptText(system.dimension() <= AXES.length ? AXES[i] : "x" + (i + 1));
            field.setOnCommit(v -> commitInitialCondition());
            initialCondition.add(field);
            initialConditionBox.add(field, i % IC_COLUMNS, i / IC_COLUMNS);
        }
    }

    private void commitInitialCondition() {
        if (updating) {
            return;
        }
        double[] x0 = new double[initialCondition.size()];
        for (int i = 0; i < x0.length; i++) {
            OptionalDouble v = initialCondition.get(i).value();
            if (v.isEmpty()) {
                return; // the invalid field is marked; nothing changes until every component is a number
            }
            x0[i] = v.getAsDouble();
        }
        viewModel.setInitialCondition(x0);
    }
}
