package org.dynamicsworkbench.analysis.alrnn.train;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.alrnn.AlRnnShape;

/**
 * The training loss of a batch of windows and its exact gradient by backpropagation through time, on flat
 * arrays. A window is T+1 observations x_0..x_T; {@code z~_0 = [x_0 ; L x_0]}, {@code z_k = F(z~_{k-1})},
 * {@code z~_k} = the forced {@code z_k} (see {@link Forcing}); the loss is the mean squared error of the
 * observed units of {@code z_1..z_T} against {@code x_1..x_T} over N S T entries. The backward pass:
 * {@code delta_k = 2c (z_k - x_k) + mask_k . eps_k}, parameter gradients from {@code delta_k} and
 * {@code z~_{k-1}}, and {@code eps_{k-1} = J(z~_{k-1})^T delta_k}; finally {@code dL += eps_0[N..] x_0^T}.
 * Holds its work arrays (allocated once); one instance per thread.
 */
public final class Bptt {
    private final AlRnnShape shape;
    private final int batch;
    private final int seqLen;
    private final double[] zPred;
    private final double[] zIn;
    private final double[] delta;
    private final double[] eps;

    /**
     * @param batch  S, windows per batch
     * @param seqLen T, steps per window (each window has T + 1 observations)
     */
    public Bptt(AlRnnShape shape, int batch, int seqLen) {
        if (batch < 1 || seqLen < 1) {
            throw new IllegalArgumentException("batch and sequence length must be >= 1, got " + batch + ", " + seqLen);
        }
        this.shape = shape;
        this.batch = batch;
        this.seqLen = seqLen;
        int m = shape.latent();
        this.zPred = new double[(seqLen + 1) * m];
        this.zIn = new double[(seqLen + 1) * m];
        this.delta = new double[m];
        this.eps = new double[m];
    }

    public int batch() {
        return batch;
    }

    public int seqLen() {
        return seqLen;
    }

    /**
     * The loss of the batch; writes its gradient with respect to theta into {@code grad} (overwritten).
     *
     * @param windows S windows of T+1 rows of N, row-major: window s, step k, unit i at
     *                {@code (s (T+1) + k) N + i}
     */
    public double lossAndGradient(double[] theta, double[] windows, Forcing forcing, double[] grad) {
        int n = shape.observed();
        if (windows.length != batch * (seqLen + 1) * n) {
            throw new IllegalArgumentException("expected " + batch * (seqLen + 1) * n + " window values, got "
                    + windows.length);
        }
        Arrays.fill(grad, 0.0);
        double c = 1.0 / ((double) n * batch * seqLen);
        double sum = 0;
        for (int s = 0; s < batch; s++) {
            int xBase = s * (seqLen + 1) * n;
            sum += forward(theta, windows, xBase, forcing);
            backward(theta, windows, xBase, forcing, c, grad);
        }
        return sum * c;
    }

    /** The loss of the batch only (no gradient): for tests and evaluation. */
    public double loss(double[] theta, double[] windows, Forcing forcing) {
        int n = shape.observed();
        double sum = 0;
        for (int s = 0; s < batch; s++) {
            sum += forward(theta, windows, s * (seqLen + 1) * n, forcing);
        }
        return sum / ((double) n * batch * seqLen);
    }

    private double forward(double[] theta, double[] x, int xBase, Forcing forcing) {
        int m = shape.latent();
        int n = shape.observed();
        AlRnn.initialState(theta, shape, x, xBase, zIn, 0);
        double sq = 0;
        boolean sparse = forcing.sparse();
        int tau = forcing.tau();
        double alpha = forcing.alpha();
        int forced = Math.min(forcing.forcedUnits(), m);
        for (int k = 1; k <= seqLen; k++) {
            int zo = k * m;
            AlRnn.step(theta, shape, zIn, zo - m, zPred, zo);
            int xo = xBase + k * n;
            for (int i = 0; i < n; i++) {
                double e = zPred[zo + i] - x[xo + i];
                sq += e * e;
            }
            System.arraycopy(zPred, zo, zIn, zo, m);
            if (sparse) {
                if (k % tau == 0) {
                    System.arraycopy(x, xo, zIn, zo, n);
                }
            } else {
                for (int i = 0; i < forced; i++) {
                    double target = i < n ? x[xo + i] : 0.0;
                    zIn[zo + i] = (1 - alpha) * zPred[zo + i] + alpha * target;
                }
            }
        }
        return sq;
    }

    private void backward(double[] theta, double[] x, int xBase, Forcing forcing, double c, double[] grad) {
        int m = shape.latent();
        int n = shape.observed();
        int first = shape.firstPiecewise();
        int ow = shape.offsetW();
        int oh = shape.offsetH();
        int forced = Math.min(forcing.forcedUnits(), m);
        double keep = forcing.sparse() ? 0.0 : 1 - forcing.alpha();
        Arrays.fill(eps, 0.0);
        double twoC = 2 * c;
        for (int k = seqLen; k >= 1; k--) {
            int zo = k * m;
            int po = zo - m;
            int xo = xBase + k * n;
            boolean forcedHere = forcing.sparse() ? k % forcing.tau() == 0 : true;
            for (int i = 0; i < m; i++) {
                double d = eps[i];
                if (forcedHere && i < (forcing.sparse() ? n : forced)) {
                    d *= keep;
                }
                if (i < n) {
                    d += twoC * (zPred[zo + i] - x[xo + i]);
                }
                delta[i] = d;
            }
            for (int i = 0; i < m; i++) {
                double d = delta[i];
                grad[i] += d * zIn[po + i];
                grad[oh + i] += d;
                int row = ow + i * m;
                for (int j = 0; j < first; j++) {
                    grad[row + j] += d * zIn[po + j];
                }
                for (int j = first; j < m; j++) {
                    double v = zIn[po + j];
                    if (v > 0) {
                        grad[row + j] += d * v;
                    }
                }
            }
            for (int j = 0; j < m; j++) {
                eps[j] = theta[j] * delta[j];
            }
            for (int i = 0; i < m; i++) {
                double d = delta[i];
                int row = ow + i * m;
                for (int j = 0; j < m; j++) {
                    eps[j] += theta[row + j] * d;
                }
            }
            for (int j = first; j < m; j++) {
                if (!(zIn[po + j] > 0)) {
                    eps[j] = theta[j] * delta[j];
                }
            }
        }
        int ol = shape.offsetL();
        for (int i = n; i < m; i++) {
            double e = eps[i];
            int row = ol + (i - n) * n;
            for (int j = 0; j < n; j++) {
                grad[row + j] += e * x[xBase + j];
            }
        }
    }
}
