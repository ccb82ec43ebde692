package org.dynamicsworkbench.analysis.learning.entropy;

import org.dynamicsworkbench.analysis.learning.SeededRandom;

/**
 * The contextual bandit of spec section 2.4, regenerated exactly from the configuration's seed: contexts
 * {@code x ~ N(0, I_d)} for the training and held-out prompts, the correct answer {@code argmax(U tanh(1.5 V x))}
 * of a random one-hidden-layer teacher ({@code V ~ N(0, 1/d)}, {@code U ~ N(0, 1/h)}), and the "pretrained"
 * initial policy {@code W0 = 0.5 Wfit / |Wfit|_F sqrt(A d) + N(0, 1/d)}, where Wfit is the least-squares linear fit
 * of the centred one-hot labels on the training contexts. Immutable after construction.
 */
final class BanditTask {
    final int d;
    final int answers;
    /** Training contexts, trainPrompts x d row-major. */
    final double[] train;
    /** Held-out contexts, testPrompts x d row-major. */
    final double[] test;
    final int[] trainLabel;
    final int[] testLabel;
    /** Initial policy weights, A x d row-major. */
    final double[] initialWeights;

    BanditTask(EntropyConfig c) {
        d = c.contexts();
        answers = c.answers();
        int h = c.teacherHidden();
        SeededRandom rng = new SeededRandom(c.seed());
        double[] v = gaussian(rng, h * d, 1 / Math.sqrt(d));
        double[] u = gaussian(rng, answers * h, 1 / Math.sqrt(h));
        train = gaussian(rng, c.trainPrompts() * d, 1);
        test = gaussian(rng, c.testPrompts() * d, 1);
        trainLabel = labels(train, c.trainPrompts(), u, v, h);
        testLabel = labels(test, c.testPrompts(), u, v, h);
        initialWeights = pretrained(rng, c.trainPrompts());
    }

    private static double[] gaussian(SeededRandom rng, int n, double std) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = std * rng.nextGaussian();
        }
        return out;
    }

    private int[] labels(double[] x, int n, double[] u, double[] v, int h) {
        int[] out = new int[n];
        double[] hidden = new double[h];
        for (int p = 0; p < n; p++) {
            for (int j = 0; j < h; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += v[j * d + k] * x[p * d + k];
                }
                hidden[j] = Math.tanh(1.5 * s);
            }
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < answers; a++) {
                double s = 0;
                for (int j = 0; j < h; j++) {
                    s += u[a * h + j] * hidden[j];
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = a;
                }
            }
            out[p] = best;
        }
        return out;
    }

    /** Least-squares fit of centred one-hot labels, scaled to Frobenius norm 0.5 sqrt(A d), plus N(0, 1/d) noise. */
    private double[] pretrained(SeededRandom rng, int n) {
        double[] mean = new double[answers];
        for (int p = 0; p < n; p++) {
            mean[trainLabel[p]] += 1.0 / n;
        }
        double[] gram = new double[d * d];
        double[] rhs = new double[d * answers];
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < d; i++) {
                double xi = train[p * d + i];
                for (int j = 0; j < d; j++) {
                    gram[i * d + j] += xi * train[p * d + j];
                }
                for (int a = 0; a < answers; a++) {
                    double y = (trainLabel[p] == a ? 1 : 0) - mean[a];
                    rhs[i * answers + a] += xi * y;
                }
            }
        }
        double[] fit = solveSymmetric(gram, rhs, d, answers); // d x A
        double norm = 0;
        for (double f : fit) {
            norm += f * f;
        }
        norm = Math.sqrt(norm);
        double scale = norm > 0 ? 0.5 * Math.sqrt((double) answers * d) / norm : 0;
        double noise = 1 / Math.sqrt(d);
        double[] w = new double[answers * d];
        for (int a = 0; a < answers; a++) {
            for (int k = 0; k < d; k++) {
                w[a * d + k] = scale * fit[k * answers + a] + noise * rng.nextGaussian();
            }
        }
        return w;
    }

    /** Solves {@code G X = B} for symmetric positive definite G (n x n) by Cholesky; B is n x m. */
    static double[] solveSymmetric(double[] g, double[] b, int n, int m) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = g[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException("context Gram matrix is not positive definite "
                                + "(more contexts than training prompts?)");
                    }
                    l[i * n + i] = Math.sqrt(s);
                } else {
                    l[i * n + j] = s / l[j * n + j];
                }
            }
        }
        double[] x = b.clone();
        for (int c = 0; c < m; c++) {
            for (int i = 0; i < n; i++) {
                double s = x[i * m + c];
                for (int k = 0; k < i; k++) {
                    s -= l[i * n + k] * x[k * m + c];
                }
                x[i * m + c] = s / l[i * n + i];
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = x[i * m + c];
                for (int k = i + 1; k < n; k++) {
                    s -= l[k * n + i] * x[k * m + c];
                }
                x[i * m + c] = s / l[i * n + i];
            }
        }
        return x;
    }
}
