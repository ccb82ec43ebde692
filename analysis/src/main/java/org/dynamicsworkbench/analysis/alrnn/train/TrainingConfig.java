package org.dynamicsworkbench.analysis.alrnn.train;

import org.dynamicsworkbench.analysis.alrnn.AlRnnShape;

/**
 * Everything that determines a training run besides its data. Defaults ({@link #builder()}) are the reference
 * Lorenz-63 settings: M 20, P 2, sparse forcing with tau 16, 2000 epochs of 50 batches of 16 windows of 200
 * steps, RAdam with learning rate 1e-3 decaying exponentially per epoch to 1e-5, training noise 0.05, metrics
 * and a checkpoint every 25 epochs on a free run of 10000 steps; GTF alpha 1 with decay 0.999 and an update
 * every 5 batches, forcing the observed units only.
 *
 * @param latent              M
 * @param piecewise           P (at most 30)
 * @param forcing             the forcing mode
 * @param tau                 sparse forcing interval
 * @param gtfAlpha            GTF alpha (fixed value, or the start of the adaptive one)
 * @param gtfAlphaDecay       annealing factor gamma of the adaptive alpha
 * @param alphaUpdateInterval batches between adaptive alpha estimates
 * @param partialForcing      GTF forces only the N observed units (else all M, towards [x ; 0])
 * @param epochs              number of epochs E
 * @param batchesPerEpoch     optimiser steps per epoch
 * @param seqLen              window length T (steps; a window has T + 1 rows)
 * @param batch               windows per batch S
 * @param lrStart             learning rate in the first epoch
 * @param lrEnd               learning rate reached after E epochs
 * @param noise               standard deviation of the Gaussian noise added to each batch
 * @param seed                seed of the run's random generator
 * @param checkpointInterval  epochs between metrics and checkpoints
 * @param evalLength          length of the free run compared with the data at checkpoints
 */
public record TrainingConfig(int latent, int piecewise, ForcingMode forcing, int tau, double gtfAlpha,
                             double gtfAlphaDecay, int alphaUpdateInterval, boolean partialForcing, int epochs,
                             int batchesPerEpoch, int seqLen, int batch, double lrStart, double lrEnd, double noise,
                             long seed, int checkpointInterval, int evalLength) {

    public TrainingConfig {
        if (forcing == null) {
            throw new IllegalArgumentException("forcing mode is required");
        }
        if (latent < 1) {
            throw new IllegalArgumentException("M must be >= 1, got " + latent);
        }
        if (piecewise < 0 || piecewise > latent) {
            throw new IllegalArgumentException("P (" + piecewise + ") must be between 0 and M (" + latent + ")");
        }
        if (piecewise > AlRnnShape.MAX_PIECEWISE_FOR_REGIONS) {
            throw new IllegalArgumentException("P must be at most " + AlRnnShape.MAX_PIECEWISE_FOR_REGIONS + ", got "
                    + piecewise);
        }
        positive("tau", tau);
        positive("alpha update interval", alphaUpdateInterval);
        positive("epochs", epochs);
        positive("batches per epoch", batchesPerEpoch);
        positive("sequence length", seqLen);
        positive("batch size", batch);
        positive("checkpoint interval", checkpointInterval);
        positive("evaluation length", evalLength);
        if (!(gtfAlpha >= 0 && gtfAlpha <= 1)) {
            throw new IllegalArgumentException("GTF alpha must be in [0, 1], got " + gtfAlpha);
        }
        if (!(gtfAlphaDecay >= 0 && gtfAlphaDecay <= 1)) {
            throw new IllegalArgumentException("GTF alpha decay must be in [0, 1], got " + gtfAlphaDecay);
        }
        if (!(lrStart > 0 && Double.isFinite(lrStart)) || !(lrEnd > 0 && Double.isFinite(lrEnd))) {
            throw new IllegalArgumentException("learning rates must be positive, got " + lrStart + " -> " + lrEnd);
        }
        if (!(noise >= 0 && Double.isFinite(noise))) {
            throw new IllegalArgumentException("training noise must be >= 0, got " + noise);
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
    }

    /** The model shape for data of {@code observed} components (checks N &lt;= M). */
    public AlRnnShape shape(int observed) {
        if (observed > latent) {
            throw new IllegalArgumentException("the data has N=" + observed + " components but M=" + latent
                    + "; M must be at least N");
        }
        return new AlRnnShape(latent, observed, piecewise);
    }

    /** The learning rate of epoch {@code e} (0-based): {@code lrStart (lrEnd / lrStart)^(e / E)}. */
    public double learningRate(int epoch) {
        return lrStart * Math.exp(epoch * Math.log(lrEnd / lrStart) / epochs);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from the reference defaults. */
    public static final class Builder {
        private int latent = 20;
        private int piecewise = 2;
        private ForcingMode forcing = ForcingMode.SPARSE;
        private int tau = 16;
        private double gtfAlpha = 1.0;
        private double gtfAlphaDecay = 0.999;
        private int alphaUpdateInterval = 5;
        private boolean partialForcing = true;
        private int epochs = 2000;
        private int batchesPerEpoch = 50;
        private int seqLen = 200;
        private int batch = 16;
        private double lrStart = 1e-3;
        private double lrEnd = 1e-5;
        private double noise = 0.05;
        private long seed = 1;
        private int checkpointInterval = 25;
        private int evalLength = 10_000;

        public Builder latent(int v) { latent = v; return this; }
        public Builder piecewise(int v) { piecewise = v; return this; }
        public Builder forcing(ForcingMode v) { forcing = v; return this; }
        public Builder tau(int v) { tau = v; return this; }
        public Builder gtfAlpha(double v) { gtfAlpha = v; return this; }
        public Builder gtfAlphaDecay(double v) { gtfAlphaDecay = v; return this; }
        public Builder alphaUpdateInterval(int v) { alphaUpdateInterval = v; return this; }
        public Builder partialForcing(boolean v) { partialForcing = v; return this; }
        public Builder epochs(int v) { epochs = v; return this; }
        public Builder batchesPerEpoch(int v) { batchesPerEpoch = v; return this; }
        public Builder seqLen(int v) { seqLen = v; return this; }
        public Builder batch(int v) { batch = v; return this; }
        public Builder lrStart(double v) { lrStart = v; return this; }
        public Builder lrEnd(double v) { lrEnd = v; return this; }
        public Builder noise(double v) { noise = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder checkpointInterval(int v) { checkpointInterval = v; return this; }
        public Builder evalLength(int v) { evalLength = v; return this; }

        public TrainingConfig build() {
            return new TrainingConfig(latent, piecewise, forcing, tau, gtfAlpha, gtfAlphaDecay, alphaUpdateInterval,
                    partialForcing, epochs, batchesPerEpoch, seqLen, batch, lrStart, lrEnd, noise, seed,
                    checkpointInterval, evalLength);
        }
    }
}
