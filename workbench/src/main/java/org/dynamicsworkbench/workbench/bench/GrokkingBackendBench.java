package org.dynamicsworkbench.workbench.bench;

import java.util.Locale;
import org.dynamicsworkbench.analysis.learning.grokking.GrokkingConfig;
import org.dynamicsworkbench.analysis.learning.grokking.GrokkingExperiment;
import org.dynamicsworkbench.analysis.learning.grokking.GrokkingPreset;

/**
 * Times the large grokking preset (p = 97, N = 500) on one backend and prints ms per step; used by
 * {@code workbench/scripts/gpu-grokking-bench.sh} to compare ND4J on the CPU and on a CUDA GPU.
 * Usage: {@code java -cp CLASSPATH org.dynamicsworkbench.workbench.bench.GrokkingBackendBench [steps] [java|nd4j]}
 * (defaults 200 and nd4j). ND4J picks its backend from the classpath; {@code BACKEND_PRIORITY_CPU} /
 * {@code BACKEND_PRIORITY_GPU} decide when both are present.
 */
public final class GrokkingBackendBench {
    private static final int WARMUP_STEPS = 10;

    private GrokkingBackendBench() {
    }

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        GrokkingConfig.Backend backend = args.length > 1 ? GrokkingConfig.Backend.parse(args[1])
                : GrokkingConfig.Backend.ND4J;
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        }
        GrokkingExperiment e = GrokkingExperiment.create(GrokkingPreset.LARGE.config(0).withBackend(backend));
        for (int i = 0; i < WARMUP_STEPS; i++) {
            e.advance();
        }
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            e.advance();
        }
        double ms = (System.nanoTime() - start) / 1e6 / steps;
        double[] testAcc = new double[1];
        e.cheapScalars((name, value) -> {
            if (name.equals("test_acc")) {
                testAcc[0] = value;
            }
        });
        System.out.printf(Locale.ROOT, "grokking large (p=97 N=500): backend %s, %d steps after %d warm-up,"
                + " %.2f ms/step (test acc %.3f at step %d)%n", e.backend(), steps, WARMUP_STEPS, ms, testAcc[0],
                e.step());
    }
}
