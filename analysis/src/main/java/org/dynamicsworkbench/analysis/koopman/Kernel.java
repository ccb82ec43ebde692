package org.dynamicsworkbench.analysis.koopman;

/**
 * A positive-definite kernel k(x, y) for kernel EDMD (Colbrook's choices, with scale d). Implementations
 * are immutable.
 */
@FunctionalInterface
public interface Kernel {

    /** k(a[ao..ao+dim), b[bo..bo+dim)). */
    double value(double[] a, int ao, double[] b, int bo, int dimension);

    /** (1 + x.y / d^2)^degree. */
    static Kernel polynomial(int degree, double scale) {
        requireScale(scale);
        if (degree < 1) {
            throw new IllegalArgumentException("polynomial kernel degree must be at least 1, got " + degree);
        }
        double inverse = 1 / (scale * scale);
        return (a, ao, b, bo, dim) -> {
            double dot = 0;
            for (int c = 0; c < dim; c++) {
                dot += a[ao + c] * b[bo + c];
            }
            double base = 1 + dot * inverse;
            double value = base;
            for (int k = 1; k < degree; k++) {
                value *= base;
            }
            return value;
        };
    }

    /** exp(-|x - y|^2 / d^2). */
    static Kernel gaussian(double scale) {
        requireScale(scale);
        double inverse = 1 / (scale * scale);
        return (a, ao, b, bo, dim) -> Math.exp(-squaredDistance(a, ao, b, bo, dim) * inverse);
    }

    /** exp(-|x - y| / d). */
    static Kernel laplacian(double scale) {
        requireScale(scale);
        return (a, ao, b, bo, dim) -> Math.exp(-Math.sqrt(squaredDistance(a, ao, b, bo, dim)) / scale);
    }

    private static double squaredDistance(double[] a, int ao, double[] b, int bo, int dim) {
        double sum = 0;
        for (int c = 0; c < dim; c++) {
            double e = a[ao + c] - b[bo + c];
            sum += e * e;
        }
        return sum;
    }

    private static void requireScale(double scale) {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("kernel scale must be a positive number, got " + scale);
        }
    }
}
