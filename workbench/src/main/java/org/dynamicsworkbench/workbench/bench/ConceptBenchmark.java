package org.dynamicsworkbench.workbench.bench;

import org.dynamicsworkbench.analysis.learning.concepts.ConceptConfig;
import org.dynamicsworkbench.analysis.learning.concepts.ConceptExperiment;

/**
 * Concept-space DDPM throughput: training steps on one thread (denoiser 23-256-256-3, batch 128, forward,
 * explicit backward and AdamW; about 30 MFLOP per step; issue 8 targets at least 250 steps per second), and one
 * evaluation (ancestral sampling of 256 samples x 100 denoising steps for each of the 5 prompts, parallel across
 * prompts on the common pool). One timed training run is {@value #STEPS_PER_RUN} steps.
 */
public final class ConceptBenchmark {
    public static final int STEPS_PER_RUN = 100;
    private static volatile double sink;

    private ConceptBenchmark() {
    }

    public static Timing trainingSteps(BenchPlan plan) {
        ConceptExperiment experiment = ConceptExperiment.create(ConceptConfig.defaults());
        return IntegrationBenchmark.measure("concept DDPM training, " + STEPS_PER_RUN
                + " steps (MLP 23-256-256-3, batch 128, one thread)", plan, () -> {
                    for (int i = 0; i < STEPS_PER_RUN; i++) {
                        experiment.advance();
                    }
                    experiment.cheapScalars((name, v) -> sink = v);
                });
    }

    public static Timing evaluation(BenchPlan plan) {
        ConceptExperiment experiment = ConceptExperiment.create(ConceptConfig.defaults());
        return IntegrationBenchmark.measure("concept DDPM evaluation (5 prompts x 256 samples x 100 steps, parallel)",
                plan, () -> {
                    experiment.advance(); // a new step, so the evaluation is not the cached one
                    experiment.fullScalars((name, v) -> sink = v);
                });
    }
}
