package org.dynamicsworkbench.analysis.learning.lazyrich;

/**
 * Alignment measures of an n x n kernel matrix (row-major), as in Kumar et al.'s {@code kalignment} code:
 * the centred kernel {@code K_c = K - (mean over rows)} (each column's mean subtracted), the target alignment
 * {@code y_c^T K_c y_c / (||K_c||_F ||y_c||^2)}, the relative alignment with the initial kernel (the cosine
 * {@code <K_c, K0_c>_F / (||K_c||_F ||K0_c||_F)}) and the drift {@code ||K - K0||_F}. Stateless.
 *
 * <p>The reference code's relative alignment is {@code trace(K_c K0_c) / (||K_c|| ||K0_c||)}; with the one-sided
 * centring {@code K_c = (I - 11^T/n) K} is not symmetric, so that trace is not the Frobenius product
 * {@code trace(K_c^T K0_c)} used here (the spec's formula), which makes the measure a cosine in [-1, 1].
 */
final class KernelAlignment {

    private KernelAlignment() {
    }

    /**
     * Writes {@code K_c[a][b] = K[a][b] - mean_a' K[a'][b]} into {@code out}.
     *
     * @param columnMeans scratch of at least n values (receives the column means)
     */
    static void centre(double[] kernel, int n, double[] columnMeans, double[] out) {
        java.util.Arrays.fill(columnMeans, 0, n, 0.0);
        for (int a = 0; a < n; a++) {
            int row = a * n;
            for (int b = 0; b < n; b++) {
                columnMeans[b] += kernel[row + b];
            }
        }
        for (int b = 0; b < n; b++) {
            columnMeans[b] /= n;
        }
        for (int a = 0; a < n; a++) {
            int row = a * n;
            for (int b = 0; b < n; b++) {
                out[row + b] = kernel[row + b] - columnMeans[b];
            }
        }
    }

    /** {@code y_c^T K_c y_c / (||K_c||_F ||y_c||^2)} with {@code y_c = y - mean(y)}; {@code centred} is K_c. */
    static double targetAlignment(double[] centred, double[] targets, int n) {
        double mean = 0;
        for (int a = 0; a < n; a++) {
            mean += targets[a];
        }
        mean /= n;
        double top = 0;
        double norm2 = 0;
        double targetNorm2 = 0;
        for (int a = 0; a < n; a++) {
            double ya = targets[a] - mean;
            targetNorm2 += ya * ya;
            double row = 0;
            for (int b = 0; b < n; b++) {
                double v = centred[a * n + b];
                row += v * (targets[b] - mean);
                norm2 += v * v;
            }
            top += ya * row;
        }
        return top / (Math.sqrt(norm2) * targetNorm2);
    }

    /** The cosine {@code <A, B>_F / (||A||_F ||B||_F)} of two kernels of the same size. */
    static double cosine(double[] a, double[] b, int n) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int j = 0; j < n * n; j++) {
            dot += a[j] * b[j];
            na += a[j] * a[j];
            nb += b[j] * b[j];
        }
        return dot / Math.sqrt(na * nb);
    }

    /** {@code ||A - B||_F}. */
    static double distance(double[] a, double[] b, int n) {
        double s = 0;
        for (int j = 0; j < n * n; j++) {
            double d = a[j] - b[j];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
