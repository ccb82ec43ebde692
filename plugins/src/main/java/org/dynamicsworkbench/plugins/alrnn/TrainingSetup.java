package org.dynamicsworkbench.plugins.alrnn;

import java.util.Objects;
import org.dynamicsworkbench.analysis.alrnn.train.ForcingMode;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingConfig;

/**
 * What the user chose for a new training run: the data (a catalog system name or a .csv/.npy file) and the
 * training settings the tool exposes; the rest keeps {@link TrainingConfig}'s reference defaults.
 *
 * @param data            a catalog system (e.g. "Lorenz") or a data file path
 * @param latent          M
 * @param piecewise       P
 * @param forcing         sparse teacher forcing or GTF (fixed or adaptive alpha)
 * @param tau             sparse forcing interval
 * @param alpha           GTF alpha (fixed, or the adaptive start)
 * @param lrStart         first learning rate
 * @param lrEnd           learning rate after the last epoch
 * @param epochs          epochs
 * @param batchesPerEpoch optimiser steps per epoch
 * @param batch           windows per batch
 * @param seqLen          window length
 * @param seed            seed of the run
 */
public record TrainingSetup(String data, int latent, int piecewise, ForcingMode forcing, int tau, double alpha,
                            double lrStart, double lrEnd, int epochs, int batchesPerEpoch, int batch, int seqLen,
                            long seed) {

    /** @throws IllegalArgumentException naming the first setting that {@link TrainingConfig} rejects */
    public TrainingSetup {
        Objects.requireNonNull(forcing, "forcing");
        if (data == null || data.isBlank()) {
            throw new IllegalArgumentException("data: choose a catalog system or a data file");
        }
        config(latent, piecewise, forcing, tau, alpha, lrStart, lrEnd, epochs, batchesPerEpoch, batch, seqLen, seed, 25);
    }

    /** Lorenz with the reference settings, 200 epochs (the command line's default is 2000). */
    public static TrainingSetup defaults() {
        return new TrainingSetup("Lorenz", 20, 2, ForcingMode.SPARSE, 16, 1.0, 1e-3, 1e-5, 200, 50, 16, 200, 1);
    }

    /** The run's configuration, with metrics and a checkpoint every {@code checkpointInterval} epochs. */
    public TrainingConfig toConfig(int checkpointInterval) {
        return config(latent, piecewise, forcing, tau, alpha, lrStart, lrEnd, epochs, batchesPerEpoch, batch, seqLen,
                seed, checkpointInterval);
    }

    /** Metrics every 25 epochs, or every epoch for runs of fewer than 50 epochs. */
    public TrainingConfig toConfig() {
        return toConfig(epochs < 50 ? 1 : 25);
    }

    private static TrainingConfig config(int latent, int piecewise, ForcingMode forcing, int tau, double alpha,
                                         double lrStart, double lrEnd, int epochs, int batchesPerEpoch, int batch,
                                         int seqLen, long seed, int checkpointInterval) {
        return TrainingConfig.builder().latent(latent).piecewise(piecewise).forcing(forcing).tau(tau).gtfAlpha(alpha)
                .lrStart(lrStart).lrEnd(lrEnd).epochs(epochs).batchesPerEpoch(batchesPerEpoch).batch(batch)
                .seqLen(seqLen).seed(seed).checkpointInterval(checkpointInterval).build();
    }
}
