package org.dynamicsworkbench.workbench.bench;

import org.dynamicsworkbench.analysis.learning.entropy.EntropyConfig;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyExperiment;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyMode;

/**
 * Entropy-collapse bandit: one timed run is the spec's whole default run ({@value #STEPS} GRPO steps of 64 prompts x
 * 8 answers with 4 mini-batch updates, Clip-Cov, plus the cheap scalars on all 1024 prompts every step), from
 * creation (teacher, prompts, least-squares initial policy) to the last step. Issue 8: "in seconds".
 */
public final class EntropyBenchmark {
    public static final int STEPS = 1500;
    private static volatile double sink;

    private EntropyBenchmark() {
    }

    public static Timing run(BenchPlan plan) {
        EntropyConfig config = EntropyConfig.defaults(EntropyMode.CLIP_COV);
        return IntegrationBenchmark.measure("entropy bandit, " + STEPS + " steps with scalars every step (Clip-Cov)",
                plan, () -> {
                    EntropyExperiment experiment = EntropyExperiment.create(config);
                    for (int i = 0; i < STEPS; i++) {
                        experiment.advance();
                        experiment.cheapScalars((name, v) -> sink = v);
                    }
                });
    }
}
