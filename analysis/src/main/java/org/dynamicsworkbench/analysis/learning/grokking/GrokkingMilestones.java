package org.dynamicsworkbench.analysis.learning.grokking;

import java.util.OptionalLong;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;

/**
 * When a grokking run memorised and when it generalised, read from its logged accuracies: t_mem is the first
 * logged step with train_acc &gt;= {@value #THRESHOLD}, t_gen the first with test_acc &gt;= {@value #THRESHOLD}
 * (empty when never reached or never logged). Used by the summary and the sweep's phase diagram.
 *
 * @param tMem first step with train accuracy at least the threshold
 * @param tGen first step with test accuracy at least the threshold
 */
public record GrokkingMilestones(OptionalLong tMem, OptionalLong tGen) {
    public static final double THRESHOLD = 0.99;

    public GrokkingMilestones {
        if (tMem == null || tGen == null) {
            throw new IllegalArgumentException("milestones must be present or empty, not null");
        }
    }

    /** t_mem and t_gen of {@code history}. */
    public static GrokkingMilestones of(RunHistory history) {
        return new GrokkingMilestones(first(history, "train_acc"), first(history, "test_acc"));
    }

    /** t_gen - t_mem when both were reached (the grokking delay). */
    public OptionalLong delay() {
        return tMem.isPresent() && tGen.isPresent() ? OptionalLong.of(tGen.getAsLong() - tMem.getAsLong())
                : OptionalLong.empty();
    }

    private static OptionalLong first(RunHistory history, String name) {
        if (!history.has(name)) {
            return OptionalLong.empty();
        }
        long s = history.series(name).firstStepAtLeast(THRESHOLD);
        return s < 0 ? OptionalLong.empty() : OptionalLong.of(s);
    }
}
