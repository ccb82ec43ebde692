package org.dynamicsworkbench.plugins.lazyrich;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.Tensor;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichConfig;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunManifest;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;

/**
 * Writes a small finished lazy-rich run through the real run-folder format with known curves (D = 3): scalars every
 * 10 steps to step 1000, train loss {@code exp(-step/100)} (halves at step 70), test loss rising linearly from 1 to
 * its peak 1.5 at step 200, then {@code 1.5 exp(-(step - 200)/150)} (halves at step 370); the full scalars every 100
 * steps; checkpoints at {@link #CHECKPOINTS} whose eigenvalues of M are {@link #eigenvalues(long)}.
 */
final class LazyRichRunFixture {
    static final long[] CHECKPOINTS = {0, 10, 100, 1000};
    static final long TRAIN_HALF = 70;
    static final long TEST_HALF = 370;
    static final long PEAK_STEP = 200;
    static final double PEAK = 1.5;

    private LazyRichRunFixture() {
    }

    static LazyRichConfig config(double alpha) {
        return new LazyRichConfig(3, 10, 10, 4, 0.25, alpha, 10, false, 5, 0);
    }

    static Path write(Path dir, double alpha) throws IOException {
        RunPlan plan = new RunPlan(1000, 10, 100, new CheckpointSchedule(CheckpointSchedule.Spacing.LOG, 3, 10));
        ExperimentRun run = ExperimentRun.create(dir, new RunManifest("lazy-rich", config(alpha).toJson(), plan, "java",
                RunStatus.FINISHED, ""));
        for (long step = 0; step <= 1000; step += 10) {
            Map<String, Double> s = new LinkedHashMap<>();
            s.put("train_loss", Math.exp(-step / 100.0));
            s.put("test_loss", testLoss(step));
            s.put("rel_change_W", step / 1000.0);
            if (step % 100 == 0) {
                s.put("t1", 0.1 * testLoss(step));
                s.put("t2", 0.6 * testLoss(step));
                s.put("t3", 0.3 * testLoss(step));
                s.put("decomposition_sum", testLoss(step));
                s.put("m_alignment", step / 1000.0);
                s.put("ntk_alignment", 0.1 + step / 2000.0);
                s.put("ntk_relative_alignment", 1 - step / 4000.0);
                s.put("ntk_drift", step / 10.0);
            }
            run.appendScalars(step, s);
        }
        for (long step : CHECKPOINTS) {
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            tensors.put("m_eigenvalues", Tensor.vector(eigenvalues(step)));
            tensors.put("w_bar", Tensor.vector(new double[] {0.1, 0.2, 0.3}));
            run.writeCheckpoint(new Checkpoint(step, tensors, Map.of()));
        }
        return dir;
    }

    static double testLoss(long step) {
        return step <= PEAK_STEP ? 1 + 0.5 * step / PEAK_STEP : PEAK * Math.exp(-(step - PEAK_STEP) / 150.0);
    }

    /** The eigenvalues of M at a checkpoint: the first grows from 2 (step 0) to 12 (step 1000). */
    static double[] eigenvalues(long step) {
        return new double[] {2 + step / 100.0, 1, 0.5};
    }
}
