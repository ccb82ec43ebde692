package org.dynamicsworkbench.analysis.ordinal;

/**
 * The exact boundary curves of the complexity-entropy plane for embedding dimension n (Martin, Plastino
 * and Rosso 2006) and the periodic band peccary draws. Every function is closed-form per candidate
 * distribution plus a bisection, so it works for any n up to 18.
 * <ul>
 * <li>C_min(H): distributions (p, q, ..., q), q = (1-p)/(N-1), p in [1/N, 1].</li>
 * <li>C_max(H): distributions with N-m-1 zeros, one entry p in [0, 1/(m+1)] and m entries (1-p)/m, where
 * m = floor(N^H); the curve has cusps at the uniform distributions on m patterns, H = ln m / ln N.</li>
 * <li>Periodic band: H_minPer = ln 2 / ln N (two patterns) and H_maxPer = ln(4n-6) / ln N (the most
 * patterns a periodic signal can show).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ComplexityBounds {
    private static final int BISECTION_STEPS = 200;

    private final int dimension;
    private final double patterns;
    private final double logN;
    private final double q0;

    public ComplexityBounds(int dimension) {
        if (dimension < 2 || dimension > 18) {
            throw new IllegalArgumentException("embedding dimension n must be in 2..18, got " + dimension);
        }
        this.dimension = dimension;
        this.patterns = ComplexityEntropy.factorial(dimension);
        this.logN = Math.log(patterns);
        this.q0 = ComplexityEntropy.normalisation(patterns);
    }

    public int dimension() {
        return dimension;
    }

    /** ln 2 / ln n!: two equally likely patterns. */
    public double periodicMinEntropy() {
        return Math.log(2) / logN;
    }

    /** ln(4n-6) / ln n!: the most patterns (4n-6) a periodic signal can produce, equally likely. */
    public double periodicMaxEntropy() {
        return Math.min(1.0, Math.log(4.0 * dimension - 6) / logN);
    }

    /** The lower boundary C_min at entropy h in [0, 1]. */
    public double cmin(double h) {
        requireEntropy(h);
        if (h == 0) {
            return 0;
        }
        if (h == 1) {
            return 0;
        }
        double lo = 1 / patterns;  // H = 1
        double hi = 1;             // H = 0
        for (int k = 0; k < BISECTION_STEPS && hi - lo > 0; k++) {
            double mid = 0.5 * (lo + hi);
            if (mid == lo || mid == hi) {
                break;
            }
            if (minFamilyEntropy(mid) > h * logN) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return minFamilyComplexity(0.5 * (lo + hi));
    }

    /** The upper boundary C_max at entropy h in [0, 1]. */
    public double cmax(double h) {
        requireEntropy(h);
        if (h == 0 || h == 1) {
            return 0;
        }
        long m = (long) Math.floor(Math.exp(h * logN) * (1 + 1e-15));
        m = Math.max(1, Math.min(m, (long) patterns - 1));
        double lo = 0;                 // uniform on m
        double hi = 1.0 / (m + 1);     // uniform on m + 1
        for (int k = 0; k < BISECTION_STEPS; k++) {
            double mid = 0.5 * (lo + hi);
            if (mid == lo || mid == hi) {
                break;
            }
            if (maxFamilyEntropy(mid, m) < h * logN) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return maxFamilyComplexity(0.5 * (lo + hi), m);
    }

    /** C of the uniform distribution on m of the N patterns (a cusp of C_max). */
    public double uniformComplexity(long m) {
        if (m < 1 || m > patterns) {
            throw new IllegalArgumentException("m must be in 1..n!, got " + m);
        }
        return m == patterns ? 0 : maxFamilyComplexity(0, m);
    }

    /** The global maximum of C_max, attained at a cusp. Returns {H, C}. */
    public double[] maximumOfCmax() {
        double best = -1;
        long bestM = 1;
        for (long m = 1; m < (long) patterns; m++) {
            double c = maxFamilyComplexity(0, m);
            if (c > best) {
                best = c;
                bestM = m;
            }
        }
        return new double[] {Math.log(bestM) / logN, best};
    }

    /** The global maximum of C_min (golden-section search over the family). Returns {H, C}. */
    public double[] maximumOfCmin() {
        double a = 1 / patterns;
        double b = 1;
        double g = (Math.sqrt(5) - 1) / 2;
        double x1 = b - g * (b - a);
        double x2 = a + g * (b - a);
        double f1 = minFamilyComplexity(x1);
        double f2 = minFamilyComplexity(x2);
        for (int k = 0; k < BISECTION_STEPS && b - a > 1e-15; k++) {
            if (f1 < f2) {
                a = x1;
                x1 = x2;
                f1 = f2;
                x2 = a + g * (b - a);
                f2 = minFamilyComplexity(x2);
            } else {
                b = x2;
                x2 = x1;
                f2 = f1;
                x1 = b - g * (b - a);
                f1 = minFamilyComplexity(x1);
            }
        }
        double p = 0.5 * (a + b);
        return new double[] {minFamilyEntropy(p) / logN, minFamilyComplexity(p)};
    }

    /** The periodic band and its chord, with exact C values at its ends. */
    public PeriodicBand periodicBand() {
        double hMin = periodicMinEntropy();
        double hMax = periodicMaxEntropy();
        return new PeriodicBand(hMin, hMax, cmin(hMin), cmax(hMin), cmin(hMax), cmax(hMax));
    }

    /**
     * The curves sampled at {@code count} entropies spaced evenly on [0, 1], for plotting.
     *
     * @return {H, C_min, C_max}, each of length count
     */
    public double[][] curves(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("a curve needs at least 2 points, got " + count);
        }
        double[] h = new double[count];
        double[] lower = new double[count];
        double[] upper = new double[count];
        for (int i = 0; i < count; i++) {
            h[i] = i / (double) (count - 1);
            lower[i] = cmin(h[i]);
            upper[i] = cmax(h[i]);
        }
        return new double[][] {h, lower, upper};
    }

    private static void requireEntropy(double h) {
        if (!(h >= 0 && h <= 1)) {
            throw new IllegalArgumentException("entropy H must lie in [0, 1], got " + h);
        }
    }

    /** S (nats) of (p, q, ..., q) with q = (1-p)/(N-1). */
    private double minFamilyEntropy(double p) {
        double rest = 1 - p;
        double q = rest / (patterns - 1);
        return -xlogx(p) - (q > 0 ? rest * Math.log(q) : 0);
    }

    private double minFamilyComplexity(double p) {
        double u = 1 / patterns;
        double rest = 1 - p;
        double q = rest / (patterns - 1);
        double mixed = -xlogx(0.5 * (p + u)) - (patterns - 1) * xlogx(0.5 * (q + u));
        return complexity(minFamilyEntropy(p), mixed);
    }

    /** S (nats) of N-m-1 zeros, one p and m entries (1-p)/m. */
    private double maxFamilyEntropy(double p, long m) {
        double rest = 1 - p;
        return -xlogx(p) - rest * Math.log(rest / m);
    }

    private double maxFamilyComplexity(double p, long m) {
        double u = 1 / patterns;
        double r = (1 - p) / m;
        double zeros = patterns - m - 1;
        double mixed = -zeros * xlogx(0.5 * u) - xlogx(0.5 * (p + u)) - m * xlogx(0.5 * (r + u));
        return complexity(maxFamilyEntropy(p, m), mixed);
    }

    private double complexity(double entropy, double mixedEntropy) {
        double h = entropy / logN;
        double j = mixedEntropy - 0.5 * entropy - 0.5 * logN;
        return Math.max(0, q0 * j * h);
    }

    private static double xlogx(double x) {
        return x > 0 ? x * Math.log(x) : 0;
    }
}
