package org.dynamicsworkbench.analysis.learning.lazyrich;

/**
 * The exact population test loss of the network split into three parts (Kumar et al., "Figure 4" cell). With
 * {@code f(x) = alpha (w-bar . x + (eps/2) x^T M x)}, {@code y = (beta . x)^2 / 2} and {@code x ~ N(0, I/D)},
 * write {@code f - y = a . x + x^T Q x} with {@code a = alpha w-bar} and {@code Q = (alpha eps M - beta beta^T)/2}.
 * The cross term has odd Gaussian moments and vanishes, {@code E[(a . x)^2] = |a|^2/D}, and Isserlis' theorem
 * gives {@code E[(x^T Q x)^2] = (tr Q / D)^2 + 2 ||Q||_F^2 / D^2}. Hence
 * <pre>
 *   E[(f - y)^2] = t1 + t2 + t3,
 *   t1 = (alpha eps/2 tr(M)/D - mean(beta^2)/2)^2      (scale of the quadratic part)
 *   t2 = 1/2 mean((alpha eps M - beta beta^T)^2)        (misalignment; mean over the D^2 entries)
 *   t3 = alpha^2 / D ||w-bar||^2                         (power of the linear part)
 * </pre>
 * exactly: the spec's formulas are the exact expectation, not an approximation. It is the expectation of the
 * unscaled squared error {@code (f - y)^2}, the quantity logged as {@code test_loss}; the training objective
 * divides it by alpha^2. On a finite test set the two differ by sampling error only (the spec's run: 0.744 on
 * 1000 test points vs 0.715 for t1 + t2 + t3 at initialisation).
 *
 * @param t1 scale mismatch of the quadratic part
 * @param t2 misalignment of alpha eps M with beta beta^T
 * @param t3 power of the linear part
 */
record LossDecomposition(double t1, double t2, double t3) {

    /** The exact expected squared error {@code t1 + t2 + t3}. */
    double sum() {
        return t1 + t2 + t3;
    }

    /**
     * @param wBar  the mean weight (D values)
     * @param m     the second-moment matrix (D x D, row-major, symmetric)
     * @param beta  the teacher (D values)
     */
    static LossDecomposition of(double[] wBar, double[] m, double[] beta, double alpha, double epsilon) {
        int dim = beta.length;
        double trace = 0;
        double betaNorm2 = 0;
        double wBarNorm2 = 0;
        for (int k = 0; k < dim; k++) {
            trace += m[k * dim + k];
            betaNorm2 += beta[k] * beta[k];
            wBarNorm2 += wBar[k] * wBar[k];
        }
        double scale = alpha * epsilon / 2 * trace / dim - betaNorm2 / dim / 2;
        double squares = 0;
        for (int k = 0; k < dim; k++) {
            for (int l = 0; l < dim; l++) {
                double v = alpha * epsilon * m[k * dim + l] - beta[k] * beta[l];
                squares += v * v;
            }
        }
        return new LossDecomposition(scale * scale, 0.5 * squares / ((double) dim * dim),
                alpha * alpha / dim * wBarNorm2);
    }
}
