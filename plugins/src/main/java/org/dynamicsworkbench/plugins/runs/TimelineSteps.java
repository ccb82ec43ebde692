package org.dynamicsworkbench.plugins.runs;

import org.dynamicsworkbench.plugins.timeline.StepAxis;
import org.dynamicsworkbench.plugins.timeline.Timeline;

/** Keeps a timeline's axis in step with a run's steps as they grow. FX thread. */
public final class TimelineSteps {
    private TimelineSteps() {
    }

    /**
     * Gives {@code timeline} the axis {@code steps}: when they only extend its axis (a live run moved on) the new
     * steps are added, so a timeline at its last step follows them and any other stays put; otherwise the axis is
     * replaced and the current step snaps to the nearest new one.
     */
    public static void follow(Timeline timeline, long[] steps) {
        StepAxis axis = timeline.axis();
        if (steps.length >= axis.size() && isPrefix(axis, steps)) {
            for (int i = axis.size(); i < steps.length; i++) {
                timeline.addStep(steps[i]);
            }
        } else {
            timeline.setSteps(StepAxis.of(steps));
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
