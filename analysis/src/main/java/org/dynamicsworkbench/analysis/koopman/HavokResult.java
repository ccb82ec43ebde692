package org.dynamicsworkbench.analysis.koopman;

import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * A HAVOK model v' = A v + B v_r: the normalised singular values of the Hankel matrix, A ((r-1) x (r-1),
 * row-major), B (r-1), the forcing v_r(t) and its statistics. Immutable; arrays are copied out.
 */
public final class HavokResult {
    private final int rank;
    private final double dt;
    private final double[] singularValues;
    private final double[] a;
    private final double[] b;
    private final double[] forcing;
    private final ForcingStatistics statistics;

    HavokResult(int rank, double dt, double[] singularValues, double[] a, double[] b, double[] forcing,
                ForcingStatistics statistics) {
        this.rank = rank;
        this.dt = dt;
        this.singularValues = singularValues;
        this.a = a;
        this.b = b;
        this.forcing = forcing;
        this.statistics = statistics;
    }

    public int rank() {
        return rank;
    }

    public double dt() {
        return dt;
    }

    /** Singular values of H divided by the largest, descending. */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** The linear part A, (r-1) x (r-1) row-major. */
    public double[] linearPart() {
        return a.clone();
    }

    /** The forcing column B (r-1). */
    public double[] forcingColumn() {
        return b.clone();
    }

    /** The forcing signal v_r at every Hankel column. */
    public double[] forcing() {
        return forcing.clone();
    }

    public ForcingStatistics statistics() {
        return statistics;
    }

    /** |A + A^T|_F / |A|_F: zero for an exactly skew-symmetric A. */
    public double skewSymmetryDefect() {
        int q = rank - 1;
        double sym = 0;
        double all = 0;
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                double s = a[i * q + j] + a[j * q + i];
                sym += s * s;
                all += a[i * q + j] * a[i * q + j];
            }
        }
        return Math.sqrt(sym / all);
    }

    /** Continuous-time eigenvalues of A as {re[], im[]}. */
    public double[][] eigenvalues() {
        int q = rank - 1;
        EigenDecomposition eigen = new EigenDecomposition(DenseAlgebra.matrix(a, q, q));
        return new double[][] {eigen.getRealEigenvalues(), eigen.getImagEigenvalues()};
    }

    /** Whether the forcing is active (|v_r| above the threshold) at each column. */
    public boolean[] activeForcing() {
        boolean[] active = new boolean[forcing.length];
        for (int k = 0; k < forcing.length; k++) {
            active[k] = Math.abs(forcing[k]) > statistics.threshold();
        }
        return active;
    }
}
