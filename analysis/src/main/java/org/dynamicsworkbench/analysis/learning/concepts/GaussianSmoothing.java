package org.dynamicsworkbench.analysis.learning.concepts;

/**
 * One-dimensional Gaussian smoothing along a sequence of checkpoints, as SciPy's
 * {@code gaussian_filter1d(x, sigma, truncate=truncate, mode='reflect')}: a normalised kernel
 * {@code exp(-i^2 / (2 sigma^2))} for {@code |i| <= int(truncate sigma + 0.5)}, with the sequence extended by
 * reflection about its edges ({@code d c b a | a b c d | d c b a}). Stateless.
 */
public final class GaussianSmoothing {
    /** The spec's smoothing of concept trajectories: sigma 2 checkpoints, truncated at 6 sigma. */
    public static final double DEFAULT_SIGMA = 2.0;
    /** Park et al.'s smoothing before reading learning times (sigma 1.5 evaluation points, after averaging seeds). */
    public static final double LEARNING_TIME_SIGMA = 1.5;
    public static final double DEFAULT_TRUNCATE = 6.0;

    private GaussianSmoothing() {
    }

    /**
     * The smoothed copy of {@code x}.
     *
     * @throws IllegalArgumentException when sigma or truncate is not positive
     */
    public static double[] filter(double[] x, double sigma, double truncate) {
        if (!(sigma > 0) || !(truncate > 0)) {
            throw new IllegalArgumentException("sigma and truncate must be positive, got " + sigma + ", " + truncate);
        }
        int n = x.length;
        int radius = (int) (truncate * sigma + 0.5);
        double[] kernel = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = Math.exp(-0.5 * i * i / (sigma * sigma));
            sum += kernel[i + radius];
        }
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = -radius; i <= radius; i++) {
                s += kernel[i + radius] * x[reflect(j + i, n)];
            }
            out[j] = s / sum;
        }
        return out;
    }

    /** SciPy's 'reflect' index: period 2n, mirrored about the half-sample edges. */
    static int reflect(int index, int n) {
        int m = Math.floorMod(index, 2 * n);
        return m < n ? m : 2 * n - 1 - m;
    }
}
