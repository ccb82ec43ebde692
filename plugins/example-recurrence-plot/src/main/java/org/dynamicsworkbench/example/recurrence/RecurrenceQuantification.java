package org.dynamicsworkbench.example.recurrence;

import java.util.BitSet;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/**
 * The recurrence matrix of a sampled trajectory and two of its measures (Marwan et al., Physics Reports
 * 438, 2007). States i and j recur when their Euclidean distance is at most epsilon. The main diagonal
 * (i = j, always recurrent) is left out of both measures:
 * <ul>
 *   <li>recurrence rate RR = (number of recurrent pairs i != j) / (N (N - 1));</li>
 *   <li>determinism DET = (recurrent points on diagonal lines of length at least 2) / (all recurrent points
 *       off the main diagonal); NaN when there is no recurrence at all.</li>
 * </ul>
 * Immutable; the matrix is symmetric and stored as the bits of its N x N entries, row-major.
 */
public final class RecurrenceQuantification {
    private final int size;
    private final BitSet matrix;
    private final double recurrenceRate;
    private final double determinism;

    private RecurrenceQuantification(int size, BitSet matrix, double recurrenceRate, double determinism) {
        this.size = size;
        this.matrix = matrix;
        this.recurrenceRate = recurrenceRate;
        this.determinism = determinism;
    }

    /**
     * @param states    row-major states, {@code n * dimension} values, n at least 2
     * @param dimension numbers per state
     * @param epsilon   the recurrence threshold (a distance, at least 0)
     */
    public static RecurrenceQuantification of(double[] states, int dimension, double epsilon,
                                              ProgressListener progress, CancellationToken cancel) {
        if (dimension < 1 || states.length % dimension != 0) {
            throw new IllegalArgumentException("states length " + states.length + " is not a multiple of dimension " + dimension);
        }
        int n = states.length / dimension;
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 states, got " + n);
        }
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a finite number >= 0, got " + epsilon);
        }
        double eps2 = epsilon * epsilon;
        BitSet bits = new BitSet(n * n);
        for (int i = 0; i < n; i++) {
            if ((i & 63) == 0) {
                cancel.throwIfCancelled();
                progress.report(0.9 * i / n);
            }
            bits.set(i * n + i);
            int bi = i * dimension;
            for (int j = i + 1; j < n; j++) {
                int bj = j * dimension;
                double d2 = 0;
                for (int c = 0; c < dimension; c++) {
                    double diff = states[bi + c] - states[bj + c];
                    d2 += diff * diff;
                }
                if (d2 <= eps2) {
                    bits.set(i * n + j);
                    bits.set(j * n + i);
                }
            }
        }
        // diagonal lines of the upper triangle (the lower one mirrors it, so the ratios are the same)
        long recurrent = 0;
        long inLines = 0;
        for (int k = 1; k < n; k++) {
            int run = 0;
            for (int i = 0; i + k < n; i++) {
                if (bits.get(i * n + i + k)) {
                    run++;
                    recurrent++;
                } else {
                    inLines += run >= 2 ? run : 0;
                    run = 0;
                }
            }
            inLines += run >= 2 ? run : 0;
        }
        progress.report(1.0);
        double rr = 2.0 * recurrent / ((double) n * (n - 1));
        double det = recurrent == 0 ? Double.NaN : (double) inLines / recurrent;
        return new RecurrenceQuantification(n, bits, rr, det);
    }

    /** Number of states N (the matrix is N x N). */
    public int size() {
        return size;
    }

    /** Whether states i and j recur. */
    public boolean recurs(int i, int j) {
        if (i < 0 || j < 0 || i >= size || j >= size) {
            throw new IndexOutOfBoundsException("(" + i + ", " + j + ") outside " + size + " x " + size);
        }
        return matrix.get(i * size + j);
    }

    public double recurrenceRate() {
        return recurrenceRate;
    }

    /** NaN when no pair recurs. */
    public double determinism() {
        return determinism;
    }
}
