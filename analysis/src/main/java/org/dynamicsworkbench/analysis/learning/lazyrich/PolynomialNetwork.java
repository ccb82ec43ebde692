package org.dynamicsworkbench.analysis.learning.lazyrich;

import java.util.Arrays;

/**
 * The two-layer network {@code f(x) = alpha * (1/N) sum_i phi(w_i . x)}, {@code phi(h) = h + (eps/2) h^2}, with
 * the readout fixed to 1, on flat row-major weights {@code w[i * dim + k]} (N x D). Holds work arrays (the
 * hidden pre-activations of the last forward pass, the statistics), so one instance serves one thread; nothing
 * is allocated per call. Every inner loop is an axpy over a contiguous index.
 *
 * <p>Two exact ways to evaluate the network and its gradient. Neuron by neuron ({@link #forward},
 * {@link #gradient}; about 2 N P D multiply-adds per step), or, because phi is quadratic, through the sufficient
 * statistics: {@code f(x) = alpha (w-bar . x + (eps/2) x^T M x)} and
 * {@code dL/dw_i = 2 / (P alpha N) * (v + eps C w_i)} with {@code v = sum_p r_p x_p} and
 * {@code C = sum_p r_p x_p x_p^T} ({@link #forwardByStatistics}, {@link #gradientByStatistics}; about
 * 2 (N + P) D^2). {@link #statisticsAreCheaper} picks the cheaper one for a size.
 */
final class PolynomialNetwork {
    private final int dim;
    private final int width;
    private final double alpha;
    private final double epsilon;
    /** h[i * count + p] of the last forward pass. */
    private final double[] hidden;
    private final SufficientStatistics statistics;
    /** D x D: sum_p r_p x_p x_p^T in the statistics gradient. */
    private final double[] residualMoment;
    /** D: sum_p r_p x_p, or M x_p in the statistics forward pass. */
    private final double[] vector;

    /**
     * @param maxPoints the largest point set {@link #forward} will see
     */
    PolynomialNetwork(int dim, int width, double alpha, double epsilon, int maxPoints) {
        this.dim = dim;
        this.width = width;
        this.alpha = alpha;
        this.epsilon = epsilon;
        this.hidden = new double[Math.multiplyExact(width, maxPoints)];
        this.statistics = new SufficientStatistics(dim, width);
        this.residualMoment = new double[dim * dim];
        this.vector = new double[dim];
    }

    /** Whether the statistics form costs fewer multiply-adds than the neuron-by-neuron form for this size. */
    static boolean statisticsAreCheaper(int dim, int width, int points) {
        return (long) (width + points) * dim < (long) width * points;
    }

    /**
     * Writes {@code f(x_p) = alpha (w-bar . x_p + (eps/2) x_p^T M x_p)} for every point into {@code out}; equal to
     * {@link #forward} up to rounding. Does not keep pre-activations.
     */
    void forwardByStatistics(double[] w, PointSet points, double[] out) {
        statistics.compute(w);
        double[] wBar = statistics.meanWeight();
        double[] m = statistics.secondMoment();
        double[] xp = points.byPoint;
        double half = 0.5 * epsilon;
        for (int p = 0; p < points.count; p++) {
            int xo = p * dim;
            Arrays.fill(vector, 0.0);
            for (int k = 0; k < dim; k++) {
                double a = xp[xo + k];
                int row = k * dim;
                for (int l = 0; l < dim; l++) {
                    vector[l] += a * m[row + l];
                }
            }
            double s = 0;
            for (int k = 0; k < dim; k++) {
                s += xp[xo + k] * (wBar[k] + half * vector[k]);
            }
            out[p] = alpha * s;
        }
    }

    /**
     * The gradient of {@code L = mean_p(r_p^2) / alpha^2} through the statistics,
     * {@code dL/dw_i = 2 / (P alpha N) * (sum_p r_p x_p + eps (sum_p r_p x_p x_p^T) w_i)}; equal to
     * {@link #gradient} up to rounding, and it needs no forward pass on the same points.
     */
    void gradientByStatistics(double[] w, double[] residual, PointSet points, double[] grad) {
        int n = points.count;
        double[] xp = points.byPoint;
        Arrays.fill(vector, 0.0);
        Arrays.fill(residualMoment, 0.0);
        for (int p = 0; p < n; p++) {
            int xo = p * dim;
            double r = residual[p];
            for (int k = 0; k < dim; k++) {
                vector[k] += r * xp[xo + k];
            }
            for (int k = 0; k < dim; k++) {
                double a = r * xp[xo + k];
                int row = k * dim;
                for (int l = 0; l < dim; l++) {
                    residualMoment[row + l] += a * xp[xo + l];
                }
            }
        }
        double coefficient = 2.0 / (n * alpha * width);
        for (int i = 0; i < width; i++) {
            int gi = i * dim;
            for (int k = 0; k < dim; k++) {
                grad[gi + k] = coefficient * vector[k];
            }
            for (int k = 0; k < dim; k++) {
                double a = coefficient * epsilon * w[gi + k];
                int row = k * dim;
                for (int l = 0; l < dim; l++) {
                    grad[gi + l] += a * residualMoment[row + l];
                }
            }
        }
    }

    int dim() {
        return dim;
    }

    int width() {
        return width;
    }

    /** Writes {@code f(x_p)} for every point into {@code out[0..count)} and keeps the pre-activations. */
    void forward(double[] w, PointSet points, double[] out) {
        int n = points.count;
        double[] xf = points.byFeature;
        double half = 0.5 * epsilon;
        Arrays.fill(out, 0, n, 0.0);
        for (int i = 0; i < width; i++) {
            int base = i * n;
            int wi = i * dim;
            Arrays.fill(hidden, base, base + n, 0.0);
            for (int k = 0; k < dim; k++) {
                double a = w[wi + k];
                int xk = k * n;
                for (int p = 0; p < n; p++) {
                    hidden[base + p] += a * xf[xk + p];
                }
            }
            for (int p = 0; p < n; p++) {
                double h = hidden[base + p];
                out[p] += h + half * h * h;
            }
        }
        double scale = alpha / width;
        for (int p = 0; p < n; p++) {
            out[p] *= scale;
        }
    }

    /**
     * The gradient of the training objective {@code L = mean_p(r_p^2) / alpha^2} with respect to the weights,
     * where {@code r_p} are the residuals of the last {@link #forward} on the same points:
     * {@code dL/dw_i = 2 / (P alpha N) * sum_p r_p (1 + eps h_ip) x_p}.
     */
    void gradient(double[] residual, PointSet points, double[] grad) {
        int n = points.count;
        double[] xp = points.byPoint;
        double coefficient = 2.0 / (n * alpha * width);
        Arrays.fill(grad, 0, width * dim, 0.0);
        for (int i = 0; i < width; i++) {
            int base = i * n;
            int gi = i * dim;
            for (int p = 0; p < n; p++) {
                double g = coefficient * residual[p] * (1.0 + epsilon * hidden[base + p]);
                int xo = p * dim;
                for (int k = 0; k < dim; k++) {
                    grad[gi + k] += g * xp[xo + k];
                }
            }
        }
    }

    /**
     * The empirical neural tangent kernel on {@code points} (with respect to the weights; the readout is fixed):
     * {@code K_ab = (alpha/N)^2 (x_a . x_b) sum_i phi'(h_ia) phi'(h_ib)}, {@code phi'(h) = 1 + eps h}.
     *
     * @param inputGram {@code x_a . x_b}, n x n row-major
     * @param scratch   at least n values (receives the network outputs)
     * @param kernel    receives K, n x n row-major
     */
    void tangentKernel(double[] w, PointSet points, double[] inputGram, double[] scratch, double[] kernel) {
        int n = points.count;
        forward(w, points, scratch);
        for (int j = 0, end = width * n; j < end; j++) {
            hidden[j] = 1.0 + epsilon * hidden[j];
        }
        Arrays.fill(kernel, 0, n * n, 0.0);
        for (int i = 0; i < width; i++) {
            int base = i * n;
            for (int a = 0; a < n; a++) {
                double s = hidden[base + a];
                int row = a * n;
                for (int b = 0; b < n; b++) {
                    kernel[row + b] += s * hidden[base + b];
                }
            }
        }
        double scale = (alpha / width) * (alpha / width);
        for (int j = 0; j < n * n; j++) {
            kernel[j] *= scale * inputGram[j];
        }
    }

    /** {@code x_a . x_b} for every pair of points, n x n row-major (a new array; computed once per run). */
    static double[] inputGram(PointSet points) {
        int n = points.count;
        int d = points.dim;
        double[] gram = new double[n * n];
        double[] xf = points.byFeature;
        double[] xp = points.byPoint;
        for (int a = 0; a < n; a++) {
            int row = a * n;
            for (int k = 0; k < d; k++) {
                double v = xp[a * d + k];
                int xk = k * n;
                for (int b = 0; b < n; b++) {
                    gram[row + b] += v * xf[xk + b];
                }
            }
        }
        return gram;
    }
}
