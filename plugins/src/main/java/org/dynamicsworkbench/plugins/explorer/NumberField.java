package org.dynamicsworkbench.plugins.explorer;

import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;
import java.util.function.DoublePredicate;
import java.util.regex.Pattern;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A text field for one number. Text that is not a plain decimal number (e.g. "1.5", "-2e-3") or that
 * breaks the field's rule gets the style class {@value #INVALID_STYLE_CLASS} and a tooltip saying what is
 * expected; a valid number is handed to the commit handler on Enter or when the field loses focus.
 */
final class NumberField extends TextField {
    static final String INVALID_STYLE_CLASS = "invalid-number";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final DoublePredicate rule;
    private final Tooltip problem;
    private DoubleConsumer onCommit = value -> { };

    /**
     * @param rule        which finite numbers the field accepts
     * @param expectation what it accepts, in words ("a finite number", "an integer in [1, 20000000]")
     */
    NumberField(String id, DoublePredicate rule, String expectation) {
        this.rule = rule;
        this.problem = new Tooltip("expected " + expectation);
        setId(id);
        setPrefColumnCount(7);
        textProperty().addListener((obs, was, now) -> markValid(parse(now).isPresent()));
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
    }

    /** Receives each valid number the user commits. */
    void setOnCommit(DoubleConsumer handler) {
        onCommit = handler;
    }

    /** Shows {@code value} (without committing it) unless the field already shows that number. */
    void show(double value) {
        OptionalDouble current = parse(getText());
        if (current.isEmpty() || current.getAsDouble() != value) {
            setText(NumberText.format(value));
        }
    }

    /** The number in the field, if its text is valid. */
    OptionalDouble value() {
        return parse(getText());
    }

    boolean isValid() {
        return value().isPresent();
    }

    private void commit() {
        OptionalDouble value = parse(getText());
        if (value.isPresent()) {
            onCommit.accept(value.getAsDouble());
        }
    }

    private OptionalDouble parse(String text) {
        String s = text == null ? "" : text.trim();
        if (!DECIMAL.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) && rule.test(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private void markValid(boolean valid) {
        if (valid) {
            getStyleClass().remove(INVALID_STYLE_CLASS);
            setTooltip(null);
        } else if (!getStyleClass().contains(INVALID_STYLE_CLASS)) {
            getStyleClass().add(INVALID_STYLE_CLASS);
            setTooltip(problem);
        }
    }
}
