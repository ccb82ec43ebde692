package org.dynamicsworkbench.plugins.grokking;

import org.dynamicsworkbench.analysis.learning.grokking.GrokkingMilestones;
import org.dynamicsworkbench.plugins.runs.RunReading;

/**
 * When a grokking run memorised (t_mem) and generalised (t_gen), as steps with -1 for "never": the experiment's own
 * {@link GrokkingMilestones} (accuracy at least {@value GrokkingMilestones#THRESHOLD}) read from a run's history.
 */
final class Milestones {
    private Milestones() {
    }

    /** The first logged step with train accuracy at the threshold, or -1 (never reached, or not logged). */
    static long tMem(RunReading run) {
        return GrokkingMilestones.of(run.history()).tMem().orElse(-1);
    }

    /** The first logged step with test accuracy at the threshold, or -1 (never reached, or not logged). */
    static long tGen(RunReading run) {
        return GrokkingMilestones.of(run.history()).tGen().orElse(-1);
    }
}
