package org.dynamicsworkbench.analysis.koopman;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/** Small dense helpers on flat row-major arrays, bridging to Commons Math where it decomposes. */
final class DenseAlgebra {

    private DenseAlgebra() {
    }

    static RealMatrix matrix(double[] a, int rows, int cols) {
        RealMatrix m = new Array2DRowRealMatrix(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.setEntry(i, j, a[i * cols + j]);
            }
        }
        return m;
    }

    static double[] flat(RealMatrix m) {
        int rows = m.getRowDimension();
        int cols = m.getColumnDimension();
        double[] a = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i * cols + j] = m.getEntry(i, j);
            }
        }
        return a;
    }

    /** The sub-block rows [r0, r1) x cols [c0, c1) of a row-major matrix with {@code width} columns. */
    static double[] block(double[] a, int width, int r0, int r1, int c0, int c1) {
        int cols = c1 - c0;
        double[] out = new double[(r1 - r0) * cols];
        for (int i = r0; i < r1; i++) {
            System.arraycopy(a, i * width + c0, out, (i - r0) * cols, cols);
        }
        return out;
    }

    /** a (n x k) times b (k x m). */
    static double[] multiply(double[] a, double[] b, int n, int k, int m) {
        double[] out = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                double aip = a[i * k + p];
                if (aip != 0) {
                    for (int j = 0; j < m; j++) {
                        out[i * m + j] += aip * b[p * m + j];
                    }
                }
            }
        }
        return out;
    }

    /** a^T b for a (rows x n) and b (rows x m): an n x m matrix. */
    static double[] transposeTimes(double[] a, double[] b, int rows, int n, int m) {
        double[] out = new double[n * m];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < n; i++) {
                double ari = a[r * n + i];
                if (ari != 0) {
                    for (int j = 0; j < m; j++) {
                        out[i * m + j] += ari * b[r * m + j];
                    }
                }
            }
        }
        return out;
    }

    /**
     * pinv(a) rhs for a square n x n matrix a and an n x m right-hand side, dropping singular values below
     * {@code cutoff} times the largest.
     */
    static double[] pseudoSolve(double[] a, int n, double[] rhs, int m, double cutoff) {
        SingularValueDecomposition svd = new SingularValueDecomposition(matrix(a, n, n));
        double[] s = svd.getSingularValues();
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        double floor = cutoff * s[0];
        double[] out = new double[n * m];
        double[] coefficient = new double[m];
        for (int c = 0; c < n; c++) {
            if (!(s[c] > floor) || s[c] == 0) {
                continue;
            }
            java.util.Arrays.fill(coefficient, 0);
            for (int i = 0; i < n; i++) {
                double uic = u.getEntry(i, c);
                for (int j = 0; j < m; j++) {
                    coefficient[j] += uic * rhs[i * m + j];
                }
            }
            for (int i = 0; i < n; i++) {
                double vic = v.getEntry(i, c) / s[c];
                for (int j = 0; j < m; j++) {
                    out[i * m + j] += vic * coefficient[j];
                }
            }
        }
        return out;
    }
}
