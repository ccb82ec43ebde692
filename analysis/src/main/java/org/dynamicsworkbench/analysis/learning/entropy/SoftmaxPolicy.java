package org.dynamicsworkbench.analysis.learning.entropy;

/**
 * The linear softmax policy {@code pi(.|x) = softmax(W x / T)} on flat arrays: scaled logits, probabilities,
 * entropy, and the first-order entropy change of the covariance lemma. Stateless.
 */
final class SoftmaxPolicy {
    private SoftmaxPolicy() {
    }

    /** {@code out[a] = (W x)_a / T} for the context at {@code x[xOff .. xOff + d)}; W is A x d. */
    static void logits(double[] w, int answers, int d, double[] x, int xOff, double temperature, double[] out,
            int outOff) {
        for (int a = 0; a < answers; a++) {
            double s = 0;
            int row = a * d;
            for (int k = 0; k < d; k++) {
                s += w[row + k] * x[xOff + k];
            }
            out[outOff + a] = s / temperature;
        }
    }

    /** Writes softmax(u) for {@code u[off .. off + n)} to {@code out[off .. off + n)} (max subtracted). */
    static void softmax(double[] u, int off, int n, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < n; a++) {
            max = Math.max(max, u[off + a]);
        }
        double sum = 0;
        for (int a = 0; a < n; a++) {
            double e = Math.exp(u[off + a] - max);
            out[off + a] = e;
            sum += e;
        }
        double inv = 1 / sum;
        for (int a = 0; a < n; a++) {
            out[off + a] *= inv;
        }
    }

    /** Entropy in nats of the distribution at {@code p[off .. off + n)} (0 log 0 = 0). */
    static double entropy(double[] p, int off, int n) {
        double h = 0;
        for (int a = 0; a < n; a++) {
            double q = p[off + a];
            if (q > 0) {
                h -= q * Math.log(q);
            }
        }
        return h;
    }

    /**
     * The covariance lemma's first-order entropy change {@code -Cov_{a~p}(log p(a), du_a)} for the distribution
     * at {@code p[off ..)} and logit change {@code du[off ..)} (n entries each).
     */
    static double lemmaEntropyChange(double[] p, double[] du, int off, int n) {
        double meanLogP = 0;
        double meanDu = 0;
        double meanProduct = 0;
        for (int a = 0; a < n; a++) {
            double q = p[off + a];
            if (q > 0) {
                double lp = Math.log(q);
                meanLogP += q * lp;
                meanProduct += q * lp * du[off + a];
            }
            meanDu += q * du[off + a];
        }
        return -(meanProduct - meanLogP * meanDu);
    }
}
