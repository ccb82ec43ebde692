package org.dynamicsworkbench.plugins.runs;

import org.dynamicsworkbench.plugins.timeline.StepAxis;
import org.dynamicsworkbench.plugins.timeline.Timeline;

/** Keeps a timeline's axis in step with a run's steps as they grow. FX thread. */
public final class TimelineSteps {
    private TimelineSteps() {
    }

    /**
     * Gives {@code timeline} the axis {@code steps}. When they only extend its axis (a live run moved on), a timeline
     * that showed its last step follows to the new last step and any other stays put; otherwise the current step
     * snaps to the nearest new one. The current step changes at most twice, however many steps arrive.
     */
    public static void follow(Timeline timeline, long[] steps) {
        StepAxis axis = timeline.axis();
        if (steps.length == axis.size() && isPrefix(axis, steps)) {
            return;
        }
        boolean grows = steps.length > axis.size() && isPrefix(axis, steps);
        boolean atEnd = axis.isEmpty() || timeline.currentStep() == axis.last();
        timeline.setSteps(StepAxis.of(steps));
        if (grows && atEnd && !timeline.playingProperty().get()) {
            timeline.toLast();
        }
    }

    private static boolean isPrefix(StepAxis axis, long[] steps) {
        for (int i = 0; i < axis.size(); i++) {
            if (axis.step(i) != steps[i]) {
                return false;
            }
        }
        return true;
    }
}
