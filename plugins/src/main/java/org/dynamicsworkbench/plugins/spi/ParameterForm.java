package org.dynamicsworkbench.plugins.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * A form with one labelled control per typed parameter: a text field for numbers and text (checked as
 * typed: an unusable entry is outlined in red and its problem shown in the tooltip, and the last valid
 * value stays in force), a choice box for choices, a check box for booleans. Shared by the workbench's
 * generic inspector and tools that build their own view. Control ids are {@code param-NAME}. FX thread only.
 */
public final class ParameterForm extends GridPane {
    private static final String INVALID_STYLE = "-fx-border-color: #d33; -fx-border-width: 1.5;";

    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final List<Consumer<ToolParameterValues>> listeners = new ArrayList<>();
    private ToolParameterValues values;
    private boolean updating;

    /** A form showing {@code initial}. */
    public ParameterForm(ToolParameterValues initial) {
        this.values = initial;
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(8));
        int row = 0;
        for (ToolParameter p : initial.parameters()) {
            Label label = new Label(p.name());
            label.setTooltip(new Tooltip(p.description()));
            Control control = controlFor(p);
            control.setId("param-" + p.name());
            control.setTooltip(new Tooltip(p.description() + " (" + p.range() + ")"));
            controls.put(p.name(), control);
            add(label, 0, row);
            add(control, 1, row);
            row++;
        }
        show(initial);
    }

    /** The values in force (the last valid entry of every field). */
    public ToolParameterValues values() {
        return values;
    }

    /** Shows {@code newValues} in the controls (no listener is told: the caller set them). */
    public void setValues(ToolParameterValues newValues) {
        values = newValues;
        show(newValues);
    }

    /** The problem of each field whose text is unusable now, by parameter name; empty when all are fine. */
    public Map<String, String> problems() {
        return Map.copyOf(problems);
    }

    /** The control of one parameter (tests, layout). */
    public Optional<Node> control(String name) {
        return Optional.ofNullable(controls.get(name));
    }

    /** Called with the new values after each valid edit by the user. */
    public void addListener(Consumer<ToolParameterValues> listener) {
        listeners.add(listener);
    }

    private Control controlFor(ToolParameter p) {
        return switch (p.type()) {
            case DOUBLE, INT, STRING -> {
                TextField field = new TextField();
                field.setPrefColumnCount(10);
                field.textProperty().addListener((obs, old, text) -> edited(p, field, text));
                yield field;
            }
            case CHOICE -> {
                ChoiceBox<String> box = new ChoiceBox<>();
                box.getItems().setAll(p.choices());
                box.valueProperty().addListener((obs, old, v) -> {
                    if (v != null) {
                        edited(p, box, v);
                    }
                });
                yield box;
            }
            case BOOL -> {
                CheckBox box = new CheckBox();
                box.selectedProperty().addListener((obs, old, v) -> edited(p, box, String.valueOf(v)));
                yield box;
            }
        };
    }

    private void edited(ToolParameter p, Control control, String text) {
        if (updating) {
            return;
        }
        try {
            ToolParameterValues next = values.with(p.name(), p.parse(text));
            problems.remove(p.name());
            control.setStyle("");
            control.getTooltip().setText(p.description() + " (" + p.range() + ")");
            if (!next.equals(values)) {
                values = next;
                listeners.forEach(l -> l.accept(next));
            }
        } catch (ToolParameterException e) {
            problems.put(p.name(), e.getMessage());
            control.setStyle(INVALID_STYLE);
            control.getTooltip().setText(e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private void show(ToolParameterValues shown) {
        updating = true;
        try {
            for (ToolParameter p : shown.parameters()) {
                Control control = controls.get(p.name());
                Object value = shown.get(p.name());
                if (control instanceof TextField field) {
                    field.setText(p.format(value));
                } else if (control instanceof ChoiceBox<?> box) {
                    ((ChoiceBox<String>) box).setValue((String) value);
                } else if (control instanceof CheckBox box) {
                    box.setSelected((Boolean) value);
                }
                control.setStyle("");
                problems.remove(p.name());
            }
        } finally {
            updating = false;
        }
    }
}
