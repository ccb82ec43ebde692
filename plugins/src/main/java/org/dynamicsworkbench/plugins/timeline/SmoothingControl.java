package org.dynamicsworkbench.plugins.timeline;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import org.dynamicsworkbench.analysis.learning.run.Smoothing;

/**
 * TensorBoard's smoothing slider: a weight in [0, 0.999] with its value beside it. Every curve view of a run
 * draws through {@link SmoothedLines} with {@link #weightProperty()}. Node ids: {@code smoothingSlider},
 * {@code smoothingValue}.
 */
public final class SmoothingControl extends HBox {
    private final Slider slider = new Slider(0, Smoothing.MAX_WEIGHT, 0.6);
    private final Label value = new Label();

    public SmoothingControl() {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        slider.setId("smoothingSlider");
        value.setId("smoothingValue");
        slider.setPrefWidth(140);
        slider.setBlockIncrement(0.05);
        value.setMinWidth(40);
        slider.valueProperty().addListener((obs, was, now) -> showValue());
        showValue();
        getChildren().addAll(new Label("Smoothing"), slider, value);
    }

    /** The smoothing weight in [0, 0.999]. */
    public DoubleProperty weightProperty() {
        return slider.valueProperty();
    }

    private void showValue() {
        value.setText(String.format(Locale.ROOT, "%.3f", slider.getValue()));
    }
}
