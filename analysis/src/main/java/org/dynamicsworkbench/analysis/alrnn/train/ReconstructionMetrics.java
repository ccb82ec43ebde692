package org.dynamicsworkbench.analysis.alrnn.train;

import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.metrics.PowerSpectrumDistance;
import org.dynamicsworkbench.analysis.metrics.StateSpaceDivergence;

/**
 * The evaluation made at checkpoints: a free run of {@code min(T, length)} steps from the first data row
 * (no transient, as the reference), compared with the whole series by D_stsp (30 bins per dimension, or the
 * Gaussian mixture with variance 0.3 from 11 dimensions) and with the first rows by D_H (sigma 20); and the
 * {@code n}-step prediction error, the mean squared error of {@code n} free steps from {@code [x_t ; L x_t]}
 * against {@code x_{t+n}}, over at most {@value #MAX_PREDICTION_STARTS} starts spread evenly over the series.
 */
public final class ReconstructionMetrics {
    public static final int BINS = 30;
    public static final double GMM_SCALING = 0.3;
    public static final double SPECTRUM_SIGMA = 20;
    public static final int PREDICTION_STEPS = 20;
    public static final int MAX_PREDICTION_STARTS = 2000;
    private static final long GMM_SEED = 0x5EEDL;

    private ReconstructionMetrics() {
    }

    public static ModelEvaluation evaluate(AlRnn model, TrainingData data, int length) {
        int n = data.columns();
        int rows = Math.min(data.rows(), length);
        double[] truth = data.values();
        double[] x1 = data.rows(0, 1);
        double[] generated = model.freeRunObserved(x1, rows);
        double dstsp = StateSpaceDivergence.compute(truth, generated, n, BINS, GMM_SCALING, GMM_SEED);
        double dh = PowerSpectrumDistance.compute(data.rows(0, rows), generated, n, SPECTRUM_SIGMA);
        double pe = predictionError(model, data, PREDICTION_STEPS);
        return new ModelEvaluation(dstsp, dh, pe, PREDICTION_STEPS);
    }

    /** The {@code steps}-step prediction error (NaN if the series is too short or a prediction is not finite). */
    public static double predictionError(AlRnn model, TrainingData data, int steps) {
        int n = data.columns();
        int m = model.shape().latent();
        int starts = data.rows() - steps;
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
            for (int i = 0; i < n; i++) {
                x[i] = data.get(t, i);
            }
            model.initialState(x, z);
            for (int k = 0; k < steps; k++) {
                model.step(z, next);
                double[] swap = z;
                z = next;
                next = swap;
            }
            for (int i = 0; i < n; i++) {
                double e = z[i] - data.get(t + steps, i);
                sum += e * e;
            }
            count += n;
        }
        double pe = sum / count;
        return Double.isFinite(pe) ? pe : Double.NaN;
    }
}
