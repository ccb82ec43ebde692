package org.dynamicsworkbench.analysis.lyapunov;

/** QR re-orthonormalisation of the columns of a d x d row-major matrix by modified Gram-Schmidt. */
final class GramSchmidt {

    private GramSchmidt() {
    }

    /**
     * Replaces the columns of {@code y} by Q of y = QR (diag(R) > 0) and adds ln R_jj to
     * {@code logGrowth[j]}.
     *
     * @return the index of the first column whose norm was zero or non-finite, or -1 if all were fine
     */
    static int orthonormalize(double[] y, int d, double[] logGrowth) {
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < j; k++) {
                double r = 0;
                for (int i = 0; i < d; i++) {
                    r += y[i * d + k] * y[i * d + j];
                }
                for (int i = 0; i < d; i++) {
                    y[i * d + j] -= r * y[i * d + k];
                }
            }
            double squares = 0;
            for (int i = 0; i < d; i++) {
                double v = y[i * d + j];
                squares += v * v;
            }
            double norm = Math.sqrt(squares);
            if (!(norm > 0 && norm < Double.POSITIVE_INFINITY)) {
                return j;
            }
            double inverse = 1.0 / norm;
            for (int i = 0; i < d; i++) {
                y[i * d + j] *= inverse;
            }
            logGrowth[j] += Math.log(norm);
        }
        return -1;
    }
}
