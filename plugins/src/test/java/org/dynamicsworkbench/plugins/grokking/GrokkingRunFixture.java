package org.dynamicsworkbench.plugins.grokking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.Tensor;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunManifest;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;

/**
 * Writes a small finished grokking run through the real run-folder format (p = 5, N = 6): scalars every 10 steps
 * to step 400 with train accuracy reaching 1 at step 20 and test accuracy at step {@code tGen} (never when -1), and
 * checkpoints at steps 0, 20, 100, 200, 400 whose test grid has {@code step / 100} test pairs right (of 15).
 */
final class GrokkingRunFixture {
    static final int P = 5;
    static final int N = 6;
    static final long[] CHECKPOINTS = {0, 20, 100, 200, 400};

    private GrokkingRunFixture() {
    }

    static Path write(Path dir, double wd, long tGen) throws IOException {
        ObjectNode config = GrokkingSetup.defaults().toConfig();
        config.put("p", P);
        config.put("width", N);
        config.put("wd", wd);
        RunPlan plan = new RunPlan(400, 10, 50, new CheckpointSchedule(CheckpointSchedule.Spacing.SQRT, 5, 10));
        ExperimentRun run = ExperimentRun.create(dir, new RunManifest("grokking", config, plan, "java",
                RunStatus.FINISHED, ""));
        for (long step = 0; step <= 400; step += 10) {
            Map<String, Double> s = new LinkedHashMap<>();
            s.put("train_loss", 0.03 * Math.exp(-step / 20.0) + 1e-4);
            s.put("test_loss", 0.04 - (tGen > 0 && step >= tGen ? 0.03 : 0));
            s.put("train_acc", step >= 20 ? 1.0 : 0.5);
            s.put("test_acc", tGen >= 0 && step >= tGen ? 1.0 : 0.1);
            s.put("weight_norm_sq", 90.0 + step);
            s.put("rel_change", step / 400.0);
            s.put("rel_change_U", step / 300.0);
            s.put("rel_change_V", step / 350.0);
            s.put("rel_change_W", step / 500.0);
            if (step % 50 == 0) {
                s.put("cka", 0.1 + step / 1000.0);
                s.put("ipr_mean_U", 0.12 + step / 800.0);
            }
            run.appendScalars(step, s);
        }
        for (long step : CHECKPOINTS) {
            run.writeCheckpoint(checkpoint(step));
        }
        return dir;
    }

    /** Of the 25 cells the first 10 (row-major) are train pairs, all right; of the 15 test pairs the first step / 100 are right. */
    static Checkpoint checkpoint(long step) {
        double[] grid = new double[P * P];
        int right = (int) (step / 100);
        int test = 0;
        for (int i = 0; i < grid.length; i++) {
            if (i < 10) {
                grid[i] = 2; // train right
            } else {
                grid[i] = test++ < right ? 1 : 0;
            }
        }
        int half = P / 2;
        double[] fourier = new double[N * half];
        double[] dominant = new double[N];
        for (int j = 0; j < N; j++) {
            int k = j % half;
            fourier[j * half + k] = 0.8;
            fourier[j * half + (k + 1) % half] = 0.2;
            dominant[j] = k + 1;
        }
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("test_grid", new Tensor(P, P, grid));
        tensors.put("fourier_U", new Tensor(N, half, fourier));
        tensors.put("dominant_freq", Tensor.vector(dominant));
        tensors.put("ipr_U", Tensor.vector(new double[N]));
        return new Checkpoint(step, tensors, Map.of());
    }
}
