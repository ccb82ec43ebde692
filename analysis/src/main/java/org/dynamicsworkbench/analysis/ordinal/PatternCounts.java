package org.dynamicsworkbench.analysis.ordinal;

import java.util.Arrays;

/**
 * How often each ordinal pattern occurred: {@code counts[code]} windows had the pattern with that Lehmer
 * code (see {@link OrdinalPatterns#argsortPattern}). Immutable; the array is copied in and out.
 *
 * @param dimension embedding dimension n
 * @param delay     delay tau
 * @param counts    n! counts indexed by Lehmer code
 * @param windows   total number of windows, T - (n-1) tau
 */
public record PatternCounts(int dimension, int delay, int[] counts, long windows) {

    public PatternCounts {
        counts = counts.clone();
        validate(dimension, delay, counts, windows);
    }

    private static void validate(int dimension, int delay, int[] counts, long windows) {
        long factorial = 1;
        for (int k = 2; k <= dimension; k++) {
            factorial *= k;
        }
        if (counts.length != factorial) {
            throw new IllegalArgumentException("n = " + dimension + " needs " + factorial + " counts, got "
                    + counts.length);
        }
        if (delay < 1) {
            throw new IllegalArgumentException("delay tau must be at least 1, got " + delay);
        }
        long sum = 0;
        for (int c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("pattern counts must not be negative");
            }
            sum += c;
        }
        if (sum != windows || windows <= 0) {
            throw new IllegalArgumentException("counts sum to " + sum + " but windows = " + windows);
        }
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    public int count(int code) {
        return counts[code];
    }

    /** Number of possible patterns, n!. */
    public int patternCount() {
        return counts.length;
    }

    /** Number of patterns seen at least once. */
    public int distinctPatterns() {
        int distinct = 0;
        for (int c : counts) {
            if (c > 0) {
                distinct++;
            }
        }
        return distinct;
    }

    /** Probabilities count / windows, indexed by Lehmer code. */
    public double[] probabilities() {
        double[] p = new double[counts.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = counts[i] / (double) windows;
        }
        return p;
    }

    /** (H, C) of these counts. */
    public HcPoint complexityEntropy() {
        return ComplexityEntropy.of(dimension, probabilities());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatternCounts other && dimension == other.dimension && delay == other.delay
                && windows == other.windows && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * dimension + delay) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "PatternCounts[n=" + dimension + ", tau=" + delay + ", windows=" + windows + ", distinct="
                + distinctPatterns() + "]";
    }
}
