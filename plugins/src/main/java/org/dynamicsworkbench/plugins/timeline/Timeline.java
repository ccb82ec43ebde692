package org.dynamicsworkbench.plugins.timeline;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The step a run's views show: always one of the {@link StepAxis}'s steps (or -1 while there is none). Seeking
 * snaps to the nearest checkpoint; {@link #stepForward()} and {@link #stepBack()} move one checkpoint; playing
 * advances {@link #speedProperty() speed} checkpoints per second of {@link #advance(double) elapsed time} and stops
 * at the last checkpoint. While a run trains, {@link #addStep(long)} grows the axis; a timeline that showed the
 * last step follows the new one (as a live view should), any other stays where the user put it.
 *
 * <p>The timeline keeps no clock of its own: {@link TimelineControl} drives {@link #advance(double)} from an
 * animation timer while playing, and tests call it directly. FX thread only.
 */
public final class Timeline {
    /** Checkpoints per second when none is chosen. */
    public static final double DEFAULT_SPEED = 4;
    /** The fastest playback offered, in checkpoints per second. */
    public static final double MAX_SPEED = 120;

    private final ReadOnlyObjectWrapper<StepAxis> axis = new ReadOnlyObjectWrapper<>(this, "axis", StepAxis.empty());
    private final ReadOnlyLongWrapper currentStep = new ReadOnlyLongWrapper(this, "currentStep", -1);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", DEFAULT_SPEED);
    private double pending; // checkpoints owed to playback, below 1

    public Timeline() {
        playing.addListener((obs, was, now) -> {
            pending = 0;
            if (now && (axis.get().isEmpty() || axis.get().size() < 2)) {
                playing.set(false);
            } else if (now && currentIndex() == axis.get().size() - 1) {
                currentStep.set(axis.get().first()); // play at the end starts again from the first checkpoint
            }
        });
    }

    /** The steps that can be shown. */
    public ReadOnlyObjectProperty<StepAxis> axisProperty() {
        return axis.getReadOnlyProperty();
    }

    public StepAxis axis() {
        return axis.get();
    }

    /** The step shown: one of the axis's steps, or -1 while the axis is empty. */
    public ReadOnlyLongProperty currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public long currentStep() {
        return currentStep.get();
    }

    /** The index of the current step on the axis (-1 while empty). */
    public int currentIndex() {
        return axis.get().indexOf(currentStep.get());
    }

    /** Whether playback is on; setting it on with fewer than two steps leaves it off. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Playback speed in checkpoints per second. */
    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** @throws IllegalArgumentException unless {@code checkpointsPerSecond} is in (0, {@value #MAX_SPEED}] */
    public void setSpeed(double checkpointsPerSecond) {
        if (!(checkpointsPerSecond > 0 && checkpointsPerSecond <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed must be in (0, " + MAX_SPEED + "] checkpoints per second, got "
                    + checkpointsPerSecond);
        }
        speed.set(checkpointsPerSecond);
    }

    /**
     * Replaces the steps (a run was opened). The current step snaps to the nearest new step, or goes to the last one
     * when there was none.
     */
    public void setSteps(StepAxis steps) {
        long was = currentStep.get();
        axis.set(steps);
        if (steps.isEmpty()) {
            playing.set(false);
            currentStep.set(-1);
        } else {
            currentStep.set(was < 0 ? steps.last() : steps.snap(was));
        }
    }

    /** Adds a step (a checkpoint was written); the timeline follows it when it showed the last step. */
    public void addStep(long step) {
        StepAxis before = axis.get();
        boolean atEnd = before.isEmpty() || currentStep.get() == before.last();
        axis.set(before.with(step));
        if (atEnd && !playing.get()) {
            currentStep.set(axis.get().last());
        }
    }

    /** Shows the checkpoint nearest {@code step}; ignored while the axis is empty. */
    public void seek(double step) {
        if (!axis.get().isEmpty()) {
            currentStep.set(axis.get().snap(step));
        }
    }

    /** Shows checkpoint {@code index}, clamped to the axis; ignored while empty. */
    public void seekIndex(int index) {
        StepAxis a = axis.get();
        if (!a.isEmpty()) {
            currentStep.set(a.step(Math.max(0, Math.min(a.size() - 1, index))));
        }
    }

    /** Shows the checkpoint whose log-axis position is nearest {@code u} in [0, 1]. */
    public void seekLogPosition(double u) {
        if (!axis.get().isEmpty()) {
            seekIndex(axis.get().indexAtLogPosition(u));
        }
    }

    public void stepForward() {
        seekIndex(currentIndex() + 1);
    }

    public void stepBack() {
        seekIndex(currentIndex() - 1);
    }

    public void toFirst() {
        seekIndex(0);
    }

    public void toLast() {
        seekIndex(Integer.MAX_VALUE);
    }

    /**
     * Moves playback on by {@code seconds} of elapsed time: whole checkpoints at {@link #speedProperty()} per second
     * (the fraction is carried to the next call); stops playing at the last checkpoint. No effect while paused.
     */
    public void advance(double seconds) {
        if (!playing.get() || !(seconds > 0)) {
            return;
        }
        pending += seconds * speed.get();
        int whole = (int) Math.min(Integer.MAX_VALUE, Math.floor(pending));
        if (whole == 0) {
            return;
        }
        pending -= whole;
        int target = currentIndex() + whole;
        int lastIndex = axis.get().size() - 1;
        seekIndex(target);
        if (target >= lastIndex) {
            playing.set(false);
        }
    }
}
