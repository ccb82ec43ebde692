package org.dynamicsworkbench.analysis.ordinal;

/**
 * Ordinal patterns of embedding dimension {@code n} and delay {@code tau} (peccary's sampling size and
 * sampling interval). Window {@code i} is {@code (x[i], x[i+tau], ..., x[i+(n-1)tau])} for every start
 * {@code i = 0 .. T-(n-1)tau-1}; its pattern is the stable argsort of the window, so of two equal values the
 * earlier one ranks lower (Bandt-Pompe's convention, numpy's {@code argsort(kind='stable')}). Values are
 * compared with primitive {@code <}, so -0.0 and 0.0 tie. Patterns are counted by the Lehmer code of the
 * window's ranks, in one pass without allocation per window. Immutable and thread-safe.
 */
public final class OrdinalPatterns {
    /** The largest embedding dimension supported (10! = 3,628,800 counters). */
    public static final int MAX_DIMENSION = 10;

    private final int dimension;
    private final int delay;
    private final int patternCount;
    private final int[] factorial;

    /**
     * @param dimension embedding dimension n, 2..{@value #MAX_DIMENSION}
     * @param delay     delay tau (in samples), at least 1
     */
    public OrdinalPatterns(int dimension, int delay) {
        if (dimension < 2 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("embedding dimension n must be in 2.." + MAX_DIMENSION + ", got "
                    + dimension);
        }
        if (delay < 1) {
            throw new IllegalArgumentException("delay tau must be at least 1, got " + delay);
        }
        this.dimension = dimension;
        this.delay = delay;
        this.factorial = new int[dimension + 1];
        factorial[0] = 1;
        for (int k = 1; k <= dimension; k++) {
            factorial[k] = factorial[k - 1] * k;
        }
        this.patternCount = factorial[dimension];
    }

    public int dimension() {
        return dimension;
    }

    public int delay() {
        return delay;
    }

    /** n!, the number of possible patterns. */
    public int patternCount() {
        return patternCount;
    }

    /** The shortest series with at least one window: (n-1) tau + 1. */
    public long minimumLength() {
        return (long) (dimension - 1) * delay + 1;
    }

    /**
     * Counts the patterns of {@code series}.
     *
     * @param name how to name the series in error messages (e.g. the file and column)
     * @throws IllegalArgumentException if the series is shorter than (n-1)tau+1 or holds NaN or infinity
     *                                  (the message names the first such index)
     */
    public PatternCounts count(double[] series, String name) {
        requireFinite(series, name);
        return countFinite(series, name);
    }

    /** Throws naming {@code name} and the first index of a NaN or infinite value. */
    static void requireFinite(double[] series, String name) {
        for (int i = 0; i < series.length; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException(name + ": value " + series[i] + " at index " + i
                        + " (ordinal patterns need finite numbers)");
            }
        }
    }

    /** {@link #count} for a series already known to be finite. */
    PatternCounts countFinite(double[] series, String name) {
        if (series.length < minimumLength()) {
            throw new IllegalArgumentException(name + ": " + series.length + " samples are too few for n = "
                    + dimension + " and tau = " + delay + " (need at least (n-1)*tau+1 = " + minimumLength() + ")");
        }
        int windows = series.length - (dimension - 1) * delay;
        int[] counts = new int[patternCount];
        if (dimension == 5) {
            countDimension5(series, windows, counts);
        } else {
            countGeneral(series, windows, counts);
        }
        return new PatternCounts(dimension, delay, counts, windows);
    }

    private void countGeneral(double[] x, int windows, int[] counts) {
        int n = dimension;
        int tau = delay;
        int[] weight = new int[n];
        for (int i = 0; i < n; i++) {
            weight[i] = factorial[n - 1 - i];
        }
        for (int start = 0; start < windows; start++) {
            int code = 0;
            for (int i = 0; i < n - 1; i++) {
                double xi = x[start + i * tau];
                int smallerLater = 0;
                for (int j = i + 1; j < n; j++) {
                    if (x[start + j * tau] < xi) {
                        smallerLater++;
                    }
                }
                code += smallerLater * weight[i];
            }
            counts[code]++;
        }
    }

    /** The same code as {@link #countGeneral}, unrolled for peccary's default n = 5. */
    private void countDimension5(double[] x, int windows, int[] counts) {
        int tau = delay;
        for (int s = 0; s < windows; s++) {
            double a = x[s];
            double b = x[s + tau];
            double c = x[s + 2 * tau];
            double d = x[s + 3 * tau];
            double e = x[s + 4 * tau];
            int l0 = (b < a ? 1 : 0) + (c < a ? 1 : 0) + (d < a ? 1 : 0) + (e < a ? 1 : 0);
            int l1 = (c < b ? 1 : 0) + (d < b ? 1 : 0) + (e < b ? 1 : 0);
            int l2 = (d < c ? 1 : 0) + (e < c ? 1 : 0);
            int l3 = e < d ? 1 : 0;
            counts[24 * l0 + 6 * l1 + 2 * l2 + l3]++;
        }
    }

    /**
     * The pattern with Lehmer code {@code code} as the stable argsort of its window: element k is the
     * position (0..n-1) of the k-th smallest value, e.g. "01234" for an increasing window.
     */
    public int[] argsortPattern(int code) {
        if (code < 0 || code >= patternCount) {
            throw new IllegalArgumentException("pattern code must be in 0.." + (patternCount - 1) + ", got " + code);
        }
        int n = dimension;
        int[] lehmer = new int[n];
        int rest = code;
        for (int i = 0; i < n; i++) {
            lehmer[i] = rest / factorial[n - 1 - i];
            rest %= factorial[n - 1 - i];
        }
        // lehmer[i] = number of later positions with a lower rank; recover ranks from the right.
        int[] rank = new int[n];
        boolean[] taken = new boolean[n];
        for (int i = 0; i < n; i++) {
            int remaining = lehmer[i];
            for (int r = 0; r < n; r++) {
                if (!taken[r]) {
                    if (remaining == 0) {
                        rank[i] = r;
                        taken[r] = true;
                        break;
                    }
                    remaining--;
                }
            }
        }
        int[] argsort = new int[n];
        for (int i = 0; i < n; i++) {
            argsort[rank[i]] = i;
        }
        return argsort;
    }

    /** The Lehmer code of a pattern given as a stable argsort (inverse of {@link #argsortPattern}). */
    public int codeOf(int[] argsort) {
        int n = dimension;
        if (argsort.length != n) {
            throw new IllegalArgumentException("pattern must have " + n + " entries, got " + argsort.length);
        }
        int[] rank = new int[n];
        boolean[] seen = new boolean[n];
        for (int k = 0; k < n; k++) {
            int position = argsort[k];
            if (position < 0 || position >= n || seen[position]) {
                throw new IllegalArgumentException("not a permutation of 0.." + (n - 1) + ": "
                        + java.util.Arrays.toString(argsort));
            }
            seen[position] = true;
            rank[position] = k;
        }
        int code = 0;
        for (int i = 0; i < n - 1; i++) {
            int smallerLater = 0;
            for (int j = i + 1; j < n; j++) {
                if (rank[j] < rank[i]) {
                    smallerLater++;
                }
            }
            code += smallerLater * factorial[n - 1 - i];
        }
        return code;
    }
}
