package org.dynamicsworkbench.analysis.alrnn.train;

import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.metrics.PowerSpectrumDistance;
import org.dynamicsworkbench.analysis.metrics.StateSpaceDivergence;

/**
 * The evaluation made at checkpoints, following the reference protocol (ALRNN tutorial): the truth is the
 * evaluation series ({@link TrainingData#evaluationSeries()}: the held-out test series when there is one, else the
 * training series); the model runs freely for {@value #TRANSIENT} + L steps from the truth's first row, where
 * L = {@code min(T_truth, length)}, and the first {@value #TRANSIENT} generated steps are dropped. The L remaining
 * steps are compared with the whole truth by D_stsp (30 bins per dimension, or the Gaussian mixture with variance 0.3
 * from 11 dimensions) and with the truth's first L rows by D_H (sigma 20). The {@code n}-step prediction error is the
 * mean squared error of {@code n} free steps from {@code [x_t ; L x_t]} against {@code x_{t+n}}, over at most
 * {@value #MAX_PREDICTION_STARTS} starts spread evenly over the truth.
 *
 * <p>{@link #dataBaseline} applies the same comparison to data instead of a model: the first L training rows against
 * the truth, the reference's "data vs data" baseline (0.362 for its Lorenz-63 files).
 */
public final class ReconstructionMetrics {
    public static final int BINS = 30;
    public static final double GMM_SCALING = 0.3;
    public static final double SPECTRUM_SIGMA = 20;
    public static final int PREDICTION_STEPS = 20;
    public static final int MAX_PREDICTION_STARTS = 2000;
    /** Free-run steps dropped before the comparison. */
    public static final int TRANSIENT = 1000;
    private static final long GMM_SEED = 0x5EEDL;

    private ReconstructionMetrics() {
    }

    /** D_stsp, D_H and PE(20) of {@code model} against {@code data}'s evaluation series. */
    public static ModelEvaluation evaluate(AlRnn model, TrainingData data, int length) {
        double[] truth = data.evaluationSeries();
        return compare(truth, evaluationRun(model, data, length), data.columns(),
                predictionError(model, truth, data.columns(), PREDICTION_STEPS));
    }

    /**
     * The generated series that {@link #evaluate} compares: {@code min(T_truth, length)} observed rows of the free
     * run from the evaluation series' first row, after the first {@value #TRANSIENT} steps.
     */
    public static double[] evaluationRun(AlRnn model, TrainingData data, int length) {
        int n = data.columns();
        double[] truth = data.evaluationSeries();
        int rows = Math.min(truth.length / n, length);
        double[] run = model.freeRunObserved(java.util.Arrays.copyOf(truth, n), TRANSIENT + rows);
        return java.util.Arrays.copyOfRange(run, TRANSIENT * n, run.length);
    }

    /**
     * The same comparison for the first {@code min(T_truth, length)} training rows in place of a free run (no
     * prediction error): the level a perfect model reaches, up to sampling.
     */
    public static ModelEvaluation dataBaseline(TrainingData data, int length) {
        int n = data.columns();
        double[] truth = data.evaluationSeries();
        int rows = Math.min(Math.min(truth.length / n, data.rows()), length);
        return compare(truth, data.rows(0, rows), n, Double.NaN);
    }

    private static ModelEvaluation compare(double[] truth, double[] generated, int n, double pe) {
        double dstsp = StateSpaceDivergence.compute(truth, generated, n, BINS, GMM_SCALING, GMM_SEED);
        double[] head = java.util.Arrays.copyOf(truth, generated.length);
        double dh = PowerSpectrumDistance.compute(head, generated, n, SPECTRUM_SIGMA);
        return new ModelEvaluation(dstsp, dh, pe, PREDICTION_STEPS);
    }

    /**
     * The {@code steps}-step prediction error over {@code data}'s evaluation series (NaN if the series is too short
     * or a prediction is not finite).
     */
    public static double predictionError(AlRnn model, TrainingData data, int steps) {
        return predictionError(model, data.evaluationSeries(), data.columns(), steps);
    }

    private static double predictionError(AlRnn model, double[] series, int n, int steps) {
        int m = model.shape().latent();
        int starts = series.length / n - steps;
        if (starts < 1) {
            return Double.NaN;
        }
        int stride = Math.max(1, starts / MAX_PREDICTION_STARTS);
        double[] x = new double[n];
        double[] z = new double[m];
        double[] next = new double[m];
        double sum = 0;
        long count = 0;
        for (int t = 0; t < starts; t += stride) {
            System.arraycopy(series, t * n, x, 0, n);
            model.initialState(x, z);
            for (int k = 0; k < steps; k++) {
                model.step(z, next);
                double[] swap = z;
                z = next;
                next = swap;
            }
            for (int i = 0; i < n; i++) {
                double e = z[i] - series[(t + steps) * n + i];
                sum += e * e;
            }
            count += n;
        }
        double pe = sum / count;
        return Double.isFinite(pe) ? pe : Double.NaN;
    }
}
