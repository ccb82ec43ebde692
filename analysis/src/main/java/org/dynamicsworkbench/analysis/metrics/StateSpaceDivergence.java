package org.dynamicsworkbench.analysis.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The state-space divergence {@code D_stsp = KL(p_true || p_gen)}.
 *
 * <p>Binning (dimension below {@link #GMM_DIMENSION}): per dimension the range
 * {@code [min - 0.1 sigma, max + 0.1 sigma]} of the true series (sigma with ddof 1) split into equal left-closed
 * bins, points outside ignored, Laplace smoothing with {@code 1e-5} over all {@code bins^N} cells, natural log.
 * Counts are 64-bit and the occupied cells are found by sorting, so memory grows with the series, not with
 * {@code bins^N}. The "python-compatible" variant uses the range [min, max] with no margin and drops every point
 * that falls in bin 0 of any dimension (a quirk of the reference Python code), for parity checks.
 *
 * <p>Gaussian mixture: both series (first {@code min(T, 10000)} rows) define isotropic mixtures of width
 * {@code sqrt(scaling)}; 1000 Monte Carlo samples drawn around random true points give
 * {@code mean(log p - log q)}. Log-sum-exp keeps the densities finite.
 */
public final class StateSpaceDivergence {
    /** Dimensions from which the Gaussian-mixture estimate is used by {@link #compute}. */
    public static final int GMM_DIMENSION = 11;
    public static final double SMOOTHING = 1e-5;
    private static final int GMM_ROWS = 10_000;
    private static final int GMM_SAMPLES = 1000;

    private StateSpaceDivergence() {
    }

    /**
     * Binning for N &lt; 11 with {@code bins} per dimension, else the Gaussian mixture with variance
     * {@code gmmScaling} and the given seed.
     */
    public static double compute(double[] truth, double[] generated, int columns, int bins, double gmmScaling,
                                 long seed) {
        return columns < GMM_DIMENSION ? binned(truth, generated, columns, bins, false)
                : gaussianMixture(truth, generated, columns, gmmScaling, seed);
    }

    /**
     * The histogram estimate; NaN if no generated point falls in the range.
     *
     * @param pythonCompatible the reference Python variant (no margin, bin 0 dropped)
     */
    public static double binned(double[] truth, double[] generated, int columns, int bins, boolean pythonCompatible) {
        check(truth, generated, columns);
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, got " + bins);
        }
        int rows = truth.length / columns;
        double[] lo = new double[columns];
        double[] width = new double[columns];
        for (int c = 0; c < columns; c++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int r = 0; r < rows; r++) {
                double v = truth[r * columns + c];
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
            }
            double margin = 0;
            if (!pythonCompatible) {
                double mean = sum / rows;
                double q = 0;
                for (int r = 0; r < rows; r++) {
                    double d = truth[r * columns + c] - mean;
                    q += d * d;
                }
                margin = 0.1 * Math.sqrt(q / Math.max(1, rows - 1));
            }
            lo[c] = min - margin;
            width[c] = (max + margin - lo[c]) / bins;
        }
        long[] p = cells(truth, columns, bins, lo, width, pythonCompatible);
        long[] q = cells(generated, columns, bins, lo, width, pythonCompatible);
        if (q.length == 0 || p.length == 0) {
            return Double.NaN;
        }
        return smoothedKl(p, q, Math.pow(bins, columns));
    }

    /** Sorted cell keys of the points inside the grid (one entry per point). */
    private static long[] cells(double[] x, int columns, int bins, double[] lo, double[] width, boolean dropZero) {
        int rows = x.length / columns;
        long[] keys = new long[rows];
        int count = 0;
        outer:
        for (int r = 0; r < rows; r++) {
            long key = 0;
            for (int c = 0; c < columns; c++) {
                double f = (x[r * columns + c] - lo[c]) / width[c];
                if (!(f >= 0) || f >= bins) {
                    continue outer;
                }
                int b = (int) f;
                if (dropZero && b == 0) {
                    continue outer;
                }
                key = key * bins + b;
            }
            keys[count++] = key;
        }
        long[] out = Arrays.copyOf(keys, count);
        Arrays.sort(out);
        return out;
    }

    /** KL of the smoothed distributions of two sorted key lists over {@code cells} cells. */
    private static double smoothedKl(long[] p, long[] q, double cells) {
        double np = p.length + SMOOTHING * cells;
        double nq = q.length + SMOOTHING * cells;
        double kl = 0;
        double bothEmpty = cells;
        int i = 0;
        int j = 0;
        while (i < p.length || j < q.length) {
            long key = i < p.length && (j >= q.length || p[i] <= q[j]) ? p[i] : q[j];
            long cp = 0;
            long cq = 0;
            while (i < p.length && p[i] == key) {
                cp++;
                i++;
            }
            while (j < q.length && q[j] == key) {
                cq++;
                j++;
            }
            double pp = (cp + SMOOTHING) / np;
            double qq = (cq + SMOOTHING) / nq;
            kl += pp * Math.log(pp / qq);
            bothEmpty--;
        }
        double p0 = SMOOTHING / np;
        double q0 = SMOOTHING / nq;
        return kl + bothEmpty * p0 * Math.log(p0 / q0);
    }

    /** The Gaussian-mixture Monte Carlo estimate with variance {@code scaling}; NaN if no sample is usable. */
    public static double gaussianMixture(double[] truth, double[] generated, int columns, double scaling, long seed) {
        check(truth, generated, columns);
        if (!(scaling > 0)) {
            throw new IllegalArgumentException("GMM scaling must be positive, got " + scaling);
        }
        int rows = Math.min(Math.min(truth.length, generated.length) / columns, GMM_ROWS);
        double sigma = Math.sqrt(scaling);
        SplittableRandom random = new SplittableRandom(seed);
        double[] sample = new double[columns];
        double sum = 0;
        int used = 0;
        for (int s = 0; s < GMM_SAMPLES; s++) {
            int t = random.nextInt(rows);
            for (int c = 0; c < columns; c++) {
                sample[c] = truth[t * columns + c] + sigma * gaussian(random);
            }
            double lp = logMixture(sample, truth, rows, columns, scaling);
            double lq = logMixture(sample, generated, rows, columns, scaling);
            if (Double.isFinite(lp) && Double.isFinite(lq)) {
                sum += lp - lq;
                used++;
            }
        }
        return used == 0 ? Double.NaN : sum / used;
    }

    private static double logMixture(double[] s, double[] x, int rows, int columns, double variance) {
        double best = Double.NEGATIVE_INFINITY;
        double[] e = new double[rows];
        for (int t = 0; t < rows; t++) {
            double d2 = 0;
            for (int c = 0; c < columns; c++) {
                double d = s[c] - x[t * columns + c];
                d2 += d * d;
            }
            e[t] = -d2 / (2 * variance);
            best = Math.max(best, e[t]);
        }
        if (!Double.isFinite(best)) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        for (int t = 0; t < rows; t++) {
            sum += Math.exp(e[t] - best);
        }
        return best + Math.log(sum / rows);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static void check(double[] truth, double[] generated, int columns) {
        if (columns < 1 || truth.length % columns != 0 || generated.length % columns != 0) {
            throw new IllegalArgumentException("series must be whole rows of " + columns + " columns");
        }
        if (truth.length == 0 || generated.length == 0) {
            throw new IllegalArgumentException("series must not be empty");
        }
    }
}
