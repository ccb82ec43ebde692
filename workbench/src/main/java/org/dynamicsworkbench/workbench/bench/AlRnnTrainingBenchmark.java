package org.dynamicsworkbench.workbench.bench;

import org.dynamicsworkbench.analysis.alrnn.run.DataSource;
import org.dynamicsworkbench.analysis.alrnn.train.AlRnnTrainer;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingConfig;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingData;

/**
 * AL-RNN training throughput on one core: optimiser steps (batch sampling with noise, sparse-forcing forward
 * pass, BPTT, RAdam) for M=20, P=2, N=3 (Lorenz), batch 16, sequence length 200, tau 16. One timed run is
 * {@value #STEPS_PER_RUN} steps.
 */
public final class AlRnnTrainingBenchmark {
    public static final int STEPS_PER_RUN = 50;
    private static volatile double sink;

    private AlRnnTrainingBenchmark() {
    }

    public static Timing optimiserSteps(BenchPlan plan) {
        TrainingData data;
        try {
            data = DataSource.system("Lorenz", 0.01, 20_000, 1000, "rk4").load(java.nio.file.Path.of("."));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TrainingConfig config = TrainingConfig.builder().latent(20).piecewise(2).tau(16).batch(16).seqLen(200)
                .seed(1).build();
        AlRnnTrainer trainer = new AlRnnTrainer(config, data, AlRnnTrainer.initialState(config, 3));
        return IntegrationBenchmark.measure("AL-RNN training, " + STEPS_PER_RUN
                + " optimiser steps (M=20 P=2 N=3, batch 16, T=200, tau 16)", plan, () -> {
                    double loss = 0;
                    for (int i = 0; i < STEPS_PER_RUN; i++) {
                        loss += trainer.step(1e-3);
                    }
                    sink = loss;
                });
    }
}
