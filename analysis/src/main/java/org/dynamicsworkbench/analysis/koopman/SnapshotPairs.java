package org.dynamicsworkbench.analysis.koopman;

import java.util.List;

/**
 * Snapshot pairs (x_m, y_m = F(x_m)), m = 0..M-1, as two flat row-major arrays of M states each. Pairs from
 * several trajectories are concatenated without pairing across their boundaries. Immutable; arrays are
 * copied in and out (the fitting code reads them through package-private views).
 */
public final class SnapshotPairs {
    private final int dimension;
    private final double[] x;
    private final double[] y;

    /**
     * @param dimension state dimension d
     * @param x         M states, row-major (M x d)
     * @param y         their images, row-major (M x d)
     */
    public SnapshotPairs(int dimension, double[] x, double[] y) {
        this(dimension, x.clone(), y.clone(), true);
    }

    /** Takes ownership of fresh arrays no one else holds (the flag only tells this constructor apart). */
    private SnapshotPairs(int dimension, double[] x, double[] y, boolean owned) {
        if (dimension < 1) {
            throw new IllegalArgumentException("state dimension must be at least 1, got " + dimension);
        }
        if (x.length != y.length || x.length % dimension != 0 || x.length == 0) {
            throw new IllegalArgumentException("snapshot arrays must hold the same positive number of "
                    + dimension + "-dimensional states, got " + x.length + " and " + y.length + " values");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("snapshot " + i / dimension + " holds a NaN or infinite value");
            }
        }
        this.dimension = dimension;
        this.x = x;
        this.y = y;
    }

    /** Consecutive pairs (s_k, s_{k+1}) of one trajectory of {@code states.length / dimension} states. */
    public static SnapshotPairs fromTrajectory(int dimension, double[] states) {
        return fromTrajectories(dimension, List.of(states));
    }

    /** Consecutive pairs of each trajectory, concatenated (never across trajectories). */
    public static SnapshotPairs fromTrajectories(int dimension, List<double[]> trajectories) {
        int pairs = 0;
        for (double[] t : trajectories) {
            if (t.length % dimension != 0) {
                throw new IllegalArgumentException("a trajectory of " + t.length + " values is not a whole number of "
                        + dimension + "-dimensional states");
            }
            pairs += Math.max(0, t.length / dimension - 1);
        }
        if (pairs == 0) {
            throw new IllegalArgumentException("snapshot pairs need trajectories of at least 2 states");
        }
        double[] x = new double[pairs * dimension];
        double[] y = new double[pairs * dimension];
        int at = 0;
        for (double[] t : trajectories) {
            int n = t.length / dimension - 1;
            if (n <= 0) {
                continue;
            }
            System.arraycopy(t, 0, x, at, n * dimension);
            System.arraycopy(t, dimension, y, at, n * dimension);
            at += n * dimension;
        }
        return new SnapshotPairs(dimension, x, y, true);
    }

    public int dimension() {
        return dimension;
    }

    /** Number of pairs M. */
    public int size() {
        return x.length / dimension;
    }

    /** A copy of the x states, row-major. */
    public double[] x() {
        return x.clone();
    }

    /** A copy of the y states, row-major. */
    public double[] y() {
        return y.clone();
    }

    double[] xView() {
        return x;
    }

    double[] yView() {
        return y;
    }
}
