package org.dynamicsworkbench.plugins.entropy;

import java.io.IOException;
import java.nio.file.Path;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyCollapseKind;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyConfig;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyMode;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRunner;
import org.dynamicsworkbench.analysis.learning.run.RunListener;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/** Trains small finished entropy runs (the real experiment, 160 steps, scalars every step, 5 checkpoints). */
final class EntropyRunFixture {
    static final long STEPS = 160;

    private EntropyRunFixture() {
    }

    static Path train(Path dir, EntropyMode mode) throws IOException {
        RunPlan plan = new RunPlan(STEPS, 1, 10, new CheckpointSchedule(CheckpointSchedule.Spacing.SQRT, 5, 1));
        ExperimentRunner.start(dir, new EntropyCollapseKind(), EntropyConfig.defaults(mode), plan,
                new RunListener() { }, ProgressListener.NONE, CancellationToken.NEVER);
        return dir;
    }
}
