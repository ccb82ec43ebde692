package org.dynamicsworkbench.plugins.timeline;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The controls of a {@link Timeline}: first, back one checkpoint, play/pause, forward one, last; a slider over the
 * checkpoints on a log-step axis (or, unticking "log", by checkpoint index); the speed in checkpoints per second;
 * and the current step with its checkpoint number. Playback runs on an animation timer that feeds the elapsed time
 * to {@link Timeline#advance(double)}. Node ids: {@code timelineFirst}, {@code timelineBack}, {@code timelinePlay},
 * {@code timelineForward}, {@code timelineLast}, {@code timelineSlider}, {@code timelineLog}, {@code timelineSpeed},
 * {@code timelineStep}.
 */
public final class TimelineControl extends HBox {
    private static final Double[] SPEEDS = {1.0, 2.0, 4.0, 8.0, 16.0, 32.0};

    private final Timeline timeline;
    private final Slider slider = new Slider(0, 1, 0);
    private final CheckBox log = new CheckBox("log");
    private final Button play = new Button("Play");
    private final Label stepLabel = new Label();
    private final AnimationTimer clock;
    private boolean updatingSlider;

    public TimelineControl(Timeline timeline) {
        super(6);
        this.timeline = timeline;
        setAlignment(Pos.CENTER_LEFT);
        Button first = button("|<", "timelineFirst", "First checkpoint", timeline::toFirst);
        Button back = button("<", "timelineBack", "Back one checkpoint", timeline::stepBack);
        Button forward = button(">", "timelineForward", "Forward one checkpoint", timeline::stepForward);
        Button last = button(">|", "timelineLast", "Last checkpoint", timeline::toLast);
        play.setId("timelinePlay");
        play.setTooltip(new Tooltip("Play / pause"));
        play.setOnAction(e -> timeline.playingProperty().set(!timeline.playingProperty().get()));
        slider.setId("timelineSlider");
        slider.setMinWidth(160);
        HBox.setHgrow(slider, Priority.ALWAYS);
        log.setId("timelineLog");
        log.setSelected(true);
        log.setTooltip(new Tooltip("Slider on a log-step axis (else one notch per checkpoint)"));
        ChoiceBox<Double> speed = new ChoiceBox<>(FXCollections.observableArrayList(SPEEDS));
        speed.setId("timelineSpeed");
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : String.format(Locale.ROOT, "%.0f ckpt/s", v);
            }

            @Override
            public Double fromString(String s) {
                throw new UnsupportedOperationException("the speed is chosen from the list");
            }
        });
        speed.setValue(timeline.speedProperty().get());
        speed.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                timeline.setSpeed(now);
            }
        });
        stepLabel.setId("timelineStep");
        stepLabel.setMinWidth(170);

        slider.valueProperty().addListener((obs, was, now) -> {
            if (!updatingSlider) {
                seekSlider(now.doubleValue());
            }
        });
        log.selectedProperty().addListener((obs, was, now) -> refresh());
        timeline.currentStepProperty().addListener((obs, was, now) -> refresh());
        timeline.axisProperty().addListener((obs, was, now) -> refresh());
        timeline.playingProperty().addListener((obs, was, now) -> play.setText(now ? "Pause" : "Play"));

        clock = new AnimationTimer() {
            private long previous = -1;

            @Override
            public void handle(long now) {
                if (!timeline.playingProperty().get()) {
                    previous = -1;
                    return;
                }
                if (previous >= 0) {
                    timeline.advance((now - previous) / 1e9);
                }
                previous = now;
            }
        };
        clock.start();
        getChildren().addAll(first, back, play, forward, last, slider, log, speed, stepLabel);
        refresh();
    }

    /** The timeline these controls move. */
    public Timeline timeline() {
        return timeline;
    }

    /** Stops the animation timer (the tool is closing). */
    public void dispose() {
        timeline.playingProperty().set(false);
        clock.stop();
    }

    private void seekSlider(double value) {
        if (log.isSelected()) {
            timeline.seekLogPosition(value);
        } else {
            timeline.seekIndex((int) Math.round(value));
        }
    }

    private void refresh() {
        StepAxis axis = timeline.axis();
        updatingSlider = true;
        try {
            if (axis.isEmpty()) {
                slider.setDisable(true);
                stepLabel.setText("no checkpoint yet");
                return;
            }
            slider.setDisable(false);
            if (log.isSelected()) {
                slider.setMax(1);
                slider.setValue(axis.logPosition(timeline.currentStep()));
            } else {
                slider.setMax(Math.max(1, axis.size() - 1));
                slider.setValue(timeline.currentIndex());
            }
            stepLabel.setText(String.format(Locale.ROOT, "step %,d  (checkpoint %d of %d)", timeline.currentStep(),
                    timeline.currentIndex() + 1, axis.size()));
        } finally {
            updatingSlider = false;
        }
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
