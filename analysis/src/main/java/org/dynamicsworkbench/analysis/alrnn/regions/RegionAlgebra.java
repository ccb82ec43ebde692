package org.dynamicsworkbench.analysis.alrnn.regions;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/** Small dense linear algebra on row-major M x M arrays: products, affine solves and eigenvalues. */
final class RegionAlgebra {
    /** Pivots below this (relative) make I - J count as singular: no isolated fixed point. */
    static final double SINGULARITY = 1e-12;

    private RegionAlgebra() {
    }

    static RealMatrix matrix(double[] a, int m) {
        double[][] rows = new double[m][m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(a, i * m, rows[i], 0, m);
        }
        return new Array2DRowRealMatrix(rows, false);
    }

    /** {@code out = a b} (M x M), out distinct from a and b. */
    static void multiply(double[] a, double[] b, double[] out, int m) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    s += a[i * m + k] * b[k * m + j];
                }
                out[i * m + j] = s;
            }
        }
    }

    /** {@code out = a v + c}. */
    static void affine(double[] a, double[] v, double[] c, double[] out, int m) {
        for (int i = 0; i < m; i++) {
            double s = c[i];
            for (int k = 0; k < m; k++) {
                s += a[i * m + k] * v[k];
            }
            out[i] = s;
        }
    }

    /** The solution z of {@code (I - p) z = c}, or null if I - p is singular. */
    static double[] solveFixed(double[] p, double[] c, int m) {
        double[] ip = new double[m * m];
        for (int i = 0; i < m * m; i++) {
            ip[i] = -p[i];
        }
        for (int i = 0; i < m; i++) {
            ip[i * m + i] += 1;
        }
        LUDecomposition lu = new LUDecomposition(matrix(ip, m), SINGULARITY);
        if (!lu.getSolver().isNonSingular()) {
            return null;
        }
        return lu.getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(c, false)).toArray();
    }

    /** Eigenvalues as {re, im}, sorted by descending modulus. */
    static double[][] eigenvalues(double[] a, int m) {
        EigenDecomposition eig = new EigenDecomposition(matrix(a, m));
        double[] re = eig.getRealEigenvalues();
        double[] im = eig.getImagEigenvalues();
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> {
            int c = Double.compare(Math.hypot(re[y], im[y]), Math.hypot(re[x], im[x]));
            return c != 0 ? c : Double.compare(im[y], im[x]);
        });
        double[] sre = new double[m];
        double[] sim = new double[m];
        for (int i = 0; i < m; i++) {
            sre[i] = re[order[i]];
            sim[i] = im[order[i]];
        }
        return new double[][] {sre, sim};
    }
}
