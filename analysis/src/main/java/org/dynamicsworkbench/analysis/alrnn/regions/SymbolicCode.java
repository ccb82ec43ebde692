package org.dynamicsworkbench.analysis.alrnn.regions;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.alrnn.AlRnn;

/**
 * The symbolic code of a free run: the region index of every state, with the visited regions ordered by
 * descending occupancy (ties by index), their counts, and the transition counts between consecutive symbols
 * (self-transitions are dwell steps). Immutable.
 */
public final class SymbolicCode {
    private final int[] symbols;
    private final int[] visited;
    private final long[] occupancy;
    private final long[] transitions;

    private SymbolicCode(int[] symbols) {
        this.symbols = symbols;
        int[] sorted = symbols.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        long[] keyed = new long[distinct];
        int d = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            // Larger counts first: sort ascending on (-count, region).
            keyed[d++] = ((long) (Integer.MAX_VALUE - (j - i)) << 32) | sorted[i];
            i = j;
        }
        Arrays.sort(keyed);
        visited = new int[distinct];
        occupancy = new long[distinct];
        for (int i = 0; i < distinct; i++) {
            visited[i] = (int) keyed[i];
            occupancy[i] = Integer.MAX_VALUE - (keyed[i] >>> 32);
        }
        transitions = new long[distinct * distinct];
        for (int t = 0; t + 1 < symbols.length; t++) {
            transitions[rank(symbols[t]) * distinct + rank(symbols[t + 1])]++;
        }
    }

    /** The code of the given symbol sequence (region indices). */
    public static SymbolicCode of(int[] symbols) {
        if (symbols.length == 0) {
            throw new IllegalArgumentException("a symbolic code needs at least one symbol");
        }
        for (int s : symbols) {
            if (s < 0) {
                throw new IllegalArgumentException("region indices are >= 0, got " + s);
            }
        }
        return new SymbolicCode(symbols.clone());
    }

    /**
     * The code of a free run of {@code length} states from latent state {@code z0} after {@code transientSteps}
     * discarded steps.
     */
    public static SymbolicCode ofFreeRun(AlRnn model, double[] z0, int transientSteps, int length) {
        int m = model.shape().latent();
        double[] z = z0.clone();
        double[] next = new double[m];
        for (int t = 0; t < transientSteps; t++) {
            model.step(z, next);
            double[] swap = z;
            z = next;
            next = swap;
        }
        int[] symbols = new int[length];
        for (int t = 0; t < length; t++) {
            symbols[t] = model.region(z, 0);
            model.step(z, next);
            double[] swap = z;
            z = next;
            next = swap;
        }
        return new SymbolicCode(symbols);
    }

    /** The position of a region in {@link #visited()}, or -1. */
    public int rank(int region) {
        for (int i = 0; i < visited.length; i++) {
            if (visited[i] == region) {
                return i;
            }
        }
        return -1;
    }

    public int length() {
        return symbols.length;
    }

    public int[] symbols() {
        return symbols.clone();
    }

    /** Visited regions, most occupied first. */
    public int[] visited() {
        return visited.clone();
    }

    /** Steps spent in each visited region (aligned with {@link #visited()}). */
    public long[] occupancy() {
        return occupancy.clone();
    }

    /** Raw transition counts n[j][k] between visited regions j -&gt; k (row-major, visited order). */
    public long[] transitionCounts() {
        return transitions.clone();
    }

    /** The row-stochastic transition matrix {@code n_jk / sum_k n_jk} (a row with no exits stays 0). */
    public double[] transitionMatrix() {
        int d = visited.length;
        double[] p = new double[d * d];
        for (int j = 0; j < d; j++) {
            long row = 0;
            for (int k = 0; k < d; k++) {
                row += transitions[j * d + k];
            }
            for (int k = 0; k < d && row > 0; k++) {
                p[j * d + k] = (double) transitions[j * d + k] / row;
            }
        }
        return p;
    }

    /**
     * The topological graph of visited regions: edges j -&gt; k (j != k) with n_jk &gt; 0, as {from, to} pairs of
     * region indices with their transition probability.
     */
    public java.util.List<Edge> graph() {
        int d = visited.length;
        double[] p = transitionMatrix();
        java.util.List<Edge> edges = new java.util.ArrayList<>();
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < d; k++) {
                if (j != k && transitions[j * d + k] > 0) {
                    edges.add(new Edge(visited[j], visited[k], transitions[j * d + k], p[j * d + k]));
                }
            }
        }
        return java.util.List.copyOf(edges);
    }

    /** A directed edge of the topological graph. */
    public record Edge(int from, int to, long count, double probability) {
    }
}
