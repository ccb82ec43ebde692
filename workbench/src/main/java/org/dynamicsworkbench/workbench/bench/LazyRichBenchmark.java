package org.dynamicsworkbench.workbench.bench;

import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichConfig;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichExperiment;

/**
 * Lazy-to-rich polynomial regression (Kumar et al.) throughput on one core at the spec's CPU-cheap size
 * (D=50, P=300, N=200, alpha=4): full-batch gradient-descent steps (forward pass, gradient, update; at this
 * size through the sufficient statistics, about 2.5 million multiply-adds each), no logging. One timed run is {@value #STEPS_PER_RUN} steps, so ms per step is the median
 * divided by {@value #STEPS_PER_RUN}.
 */
public final class LazyRichBenchmark {
    public static final int STEPS_PER_RUN = 50;

    private LazyRichBenchmark() {
    }

    public static Timing gradientSteps(BenchPlan plan) {
        LazyRichExperiment experiment = LazyRichExperiment.create(LazyRichConfig.defaults());
        return IntegrationBenchmark.measure("lazy-to-rich regression, " + STEPS_PER_RUN
                + " GD steps (D=50 P=300 N=200)", plan, () -> {
                    for (int i = 0; i < STEPS_PER_RUN; i++) {
                        experiment.advance();
                    }
                });
    }
}
