package org.dynamicsworkbench.analysis.alrnn.train;

import java.io.IOException;

import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.alrnn.AlRnnShape;
import org.dynamicsworkbench.analysis.alrnn.SeededRandom;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.CancelledException;

/**
 * Trains an AL-RNN on one standardised series by BPTT over batches of random windows, with sparse or
 * generalized teacher forcing, Gaussian training noise, RAdam and a per-epoch exponential learning-rate decay.
 *
 * <p>Each optimiser step draws S window starts uniformly from {@code 0..T_data - T - 2}, copies the windows,
 * adds noise (both from the run's {@link SeededRandom}), updates the adaptive alpha every few batches, and
 * takes one RAdam step on the BPTT gradient. Everything that affects the next step is in
 * {@link TrainerState}, so a run continued from a saved state gives bit-for-bit the parameters of an
 * uninterrupted one. A non-finite loss or parameter stops training with a
 * {@link DivergedTrainingException} before anything of that step is reported.
 */
public final class AlRnnTrainer {
    private final TrainingConfig config;
    private final TrainingData data;
    private final AlRnnShape shape;
    private final Bptt bptt;
    private final double[] theta;
    private final double[] grad;
    private final double[] windows;
    private final RAdam adam;
    private final SeededRandom random;
    private double alpha;
    private long batches;
    private int epoch;

    /** A trainer continuing from {@code state} (use {@link #initialState} for a fresh run). */
    public AlRnnTrainer(TrainingConfig config, TrainingData data, TrainerState state) {
        this.config = config;
        this.data = data;
        this.shape = config.shape(data.columns());
        if (data.rows() < config.seqLen() + 2) {
            throw new IllegalArgumentException("the data has " + data.rows() + " rows; a sequence length of "
                    + config.seqLen() + " needs at least " + (config.seqLen() + 2));
        }
        if (state.theta().length != shape.parameterCount()) {
            throw new IllegalArgumentException("the saved state has " + state.theta().length + " parameters, the model "
                    + "M=" + shape.latent() + ", N=" + shape.observed() + " needs " + shape.parameterCount());
        }
        this.bptt = new Bptt(shape, config.batch(), config.seqLen());
        this.theta = state.theta();
        this.grad = new double[theta.length];
        this.windows = new double[config.batch() * (config.seqLen() + 1) * data.columns()];
        this.adam = new RAdam(state.adamM(), state.adamV(), state.adamStep());
        this.random = new SeededRandom(state.randomState());
        this.alpha = state.alpha();
        this.batches = state.batches();
        this.epoch = state.epoch();
    }

    /** The state before the first epoch: the model initialised from the seed, a fresh optimiser. */
    public static TrainerState initialState(TrainingConfig config, int observed) {
        AlRnnShape shape = config.shape(observed);
        SeededRandom random = new SeededRandom(config.seed());
        AlRnn model = AlRnn.initialize(shape, random);
        int size = shape.parameterCount();
        double alpha = config.forcing() == ForcingMode.SPARSE ? 1.0 : config.gtfAlpha();
        return new TrainerState(0, model.parameters(), new double[size], new double[size], 0, alpha, 0,
                random.state());
    }

    /** The current state (a copy). */
    public TrainerState state() {
        return new TrainerState(epoch, theta, adam.firstMoment(), adam.secondMoment(), adam.step(), alpha, batches,
                random.state());
    }

    /** The current model. */
    public AlRnn model() {
        return new AlRnn(shape, theta);
    }

    /** Epochs completed. */
    public int epoch() {
        return epoch;
    }

    /**
     * Trains until {@code untilEpoch} epochs are complete (at most the configured number), reporting every epoch
     * and checkpoint to {@code listener}.
     *
     * @throws CancelledException        when cancelled (between optimiser steps; the last checkpoint stays)
     * @throws DivergedTrainingException on a non-finite loss or parameter
     */
    public void train(int untilEpoch, TrainingListener listener, CancellationToken cancel) throws IOException {
        int last = Math.min(untilEpoch, config.epochs());
        while (epoch < last) {
            double lr = config.learningRate(epoch);
            double lossSum = 0;
            for (int b = 0; b < config.batchesPerEpoch(); b++) {
                cancel.throwIfCancelled();
                lossSum += step(lr);
            }
            epoch++;
            double loss = lossSum / config.batchesPerEpoch();
            if (epoch % config.checkpointInterval() == 0 || epoch == config.epochs()) {
                ModelEvaluation evaluation = ReconstructionMetrics.evaluate(model(), data, config.evalLength());
                listener.checkpoint(new EpochRecord(epoch, loss, alpha, lr, evaluation), state());
            } else {
                listener.epochDone(new EpochRecord(epoch, loss, alpha, lr, null));
            }
        }
    }

    /** One optimiser step at learning rate {@code lr}; returns the batch loss. */
    public double step(double lr) {
        sampleBatch();
        Forcing forcing;
        if (config.forcing() == ForcingMode.SPARSE) {
            forcing = Forcing.sparse(config.tau(), shape.observed());
        } else {
            if (config.forcing() == ForcingMode.GTF_ADAPTIVE && batches % config.alphaUpdateInterval() == 0) {
                double estimate = AlphaEstimator.estimate(shape, theta, windows, config.batch(), config.seqLen());
                alpha = AlphaEstimator.anneal(alpha, estimate, config.gtfAlphaDecay());
            }
            forcing = Forcing.generalized(alpha, config.partialForcing() ? shape.observed() : shape.latent());
        }
        double loss = bptt.lossAndGradient(theta, windows, forcing, grad);
        if (!Double.isFinite(loss)) {
            throw new DivergedTrainingException(epoch, "the loss is " + loss);
        }
        adam.update(theta, grad, lr);
        for (int i = 0; i < theta.length; i++) {
            if (!Double.isFinite(theta[i])) {
                throw new DivergedTrainingException(epoch, "parameter " + i + " became " + theta[i]);
            }
        }
        batches++;
        return loss;
    }

    private void sampleBatch() {
        int n = data.columns();
        int window = (config.seqLen() + 1) * n;
        int starts = data.rows() - config.seqLen() - 1;
        for (int s = 0; s < config.batch(); s++) {
            data.copyRows(random.nextInt(starts), config.seqLen() + 1, windows, s * window);
        }
        if (config.noise() > 0) {
            random.addGaussian(windows, 0, windows.length, config.noise());
        }
    }
}
