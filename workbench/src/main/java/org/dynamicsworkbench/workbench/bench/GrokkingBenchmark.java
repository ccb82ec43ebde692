package org.dynamicsworkbench.workbench.bench;

import java.util.Locale;
import org.dynamicsworkbench.analysis.learning.grokking.GrokkingConfig;
import org.dynamicsworkbench.analysis.learning.grokking.GrokkingExperiment;
import org.dynamicsworkbench.analysis.learning.grokking.GrokkingPreset;

/**
 * Grokking training throughput (spec section 1.2): full-batch AdamW steps of the primary preset (p = 31,
 * N = 256, 384 train pairs) in plain Java, and of the large preset (p = 97, N = 500, 1881 train pairs) in Java
 * and on ND4J. One timed run is a fixed number of optimiser steps; divide to get ms per step (or steps per
 * second). Run with OMP_NUM_THREADS=1 for the one-core figures.
 */
public final class GrokkingBenchmark {
    private static volatile long sink;

    private GrokkingBenchmark() {
    }

    /** Primary preset in Java: {@code stepsPerRun} optimiser steps per timed run. */
    public static Timing primaryJava(BenchPlan plan, int stepsPerRun) {
        return steps(GrokkingPreset.PRIMARY, GrokkingConfig.Backend.JAVA, plan, stepsPerRun);
    }

    /**
     * Large preset on {@code backend} (java or nd4j): {@code stepsPerRun} optimiser steps per timed run; skipped
     * with the reason when ND4J cannot start.
     */
    public static Timing large(GrokkingConfig.Backend backend, BenchPlan plan, int stepsPerRun) {
        return steps(GrokkingPreset.LARGE, backend, plan, stepsPerRun);
    }

    private static Timing steps(GrokkingPreset preset, GrokkingConfig.Backend backend, BenchPlan plan,
                                int stepsPerRun) {
        GrokkingExperiment experiment;
        try {
            experiment = GrokkingExperiment.create(preset.config(0).withBackend(backend));
        } catch (IllegalStateException e) {
            return Timing.skipped("grokking " + preset.label() + ", " + backend.label(), e.getMessage());
        }
        GrokkingConfig c = experiment.config();
        String name = String.format(Locale.ROOT, "grokking %s (p=%d N=%d, %d train pairs), %d AdamW step%s, %s",
                preset.label(), c.p(), c.width(), c.trainPairs(), stepsPerRun, stepsPerRun == 1 ? "" : "s",
                experiment.backend());
        return IntegrationBenchmark.measure(name, plan, () -> {
            for (int i = 0; i < stepsPerRun; i++) {
                experiment.advance();
            }
            sink = experiment.step();
        });
    }
}
