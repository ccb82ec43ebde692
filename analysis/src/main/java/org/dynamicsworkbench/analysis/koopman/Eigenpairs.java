package org.dynamicsworkbench.analysis.koopman;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The eigen decomposition of a real, generally non-symmetric N x N matrix K with complex eigenvalues:
 * K xi_k = lambda_k xi_k (right vectors, unit 2-norm) and the left vectors w_k, the rows of Xi^{-1}, so
 * that w_k xi_j = delta_kj (no conjugation). Vectors are stored contiguously: entry i of vector k is
 * {@code [k * N + i]}. Immutable.
 */
public final class Eigenpairs {
    private final int n;
    private final double[] valueRe;
    private final double[] valueIm;
    private final double[] rightRe;
    private final double[] rightIm;
    private final double[] leftRe;
    private final double[] leftIm;

    private Eigenpairs(int n, double[] valueRe, double[] valueIm, double[] rightRe, double[] rightIm,
                       double[] leftRe, double[] leftIm) {
        this.n = n;
        this.valueRe = valueRe;
        this.valueIm = valueIm;
        this.rightRe = rightRe;
        this.rightIm = rightIm;
        this.leftRe = leftRe;
        this.leftIm = leftIm;
    }

    /** Decomposes the row-major N x N matrix {@code k}. */
    static Eigenpairs of(double[] k, int n) {
        RealMatrix matrix = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                matrix.setEntry(i, j, k[i * n + j]);
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(matrix);
        RealMatrix d = eigen.getD();
        RealMatrix v = eigen.getV();
        double[] valueRe = new double[n];
        double[] valueIm = new double[n];
        double[] rightRe = new double[n * n];
        double[] rightIm = new double[n * n];
        for (int j = 0; j < n; j++) {
            valueRe[j] = d.getEntry(j, j);
            if (j + 1 < n && d.getEntry(j, j + 1) != 0) {
                // 2x2 block [[p, q], [-q, p]] with columns (a, b): K (a + ib) = (p + iq)(a + ib).
                double q = d.getEntry(j, j + 1);
                valueRe[j + 1] = valueRe[j];
                valueIm[j] = q;
                valueIm[j + 1] = -q;
                for (int i = 0; i < n; i++) {
                    double a = v.getEntry(i, j);
                    double b = v.getEntry(i, j + 1);
                    rightRe[j * n + i] = a;
                    rightIm[j * n + i] = b;
                    rightRe[(j + 1) * n + i] = a;
                    rightIm[(j + 1) * n + i] = -b;
                }
                j++;
            } else {
                for (int i = 0; i < n; i++) {
                    rightRe[j * n + i] = v.getEntry(i, j);
                }
            }
        }
        for (int j = 0; j < n; j++) {
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += rightRe[j * n + i] * rightRe[j * n + i] + rightIm[j * n + i] * rightIm[j * n + i];
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int i = 0; i < n; i++) {
                    rightRe[j * n + i] /= norm;
                    rightIm[j * n + i] /= norm;
                }
            }
        }
        double[][] left = inverseRows(rightRe, rightIm, n);
        return new Eigenpairs(n, valueRe, valueIm, rightRe, rightIm, left[0], left[1]);
    }

    /** Rows of Xi^{-1} (pseudo-inverse when Xi is singular, i.e. K is defective). */
    private static double[][] inverseRows(double[] re, double[] im, int n) {
        // Real embedding [[Re, -Im], [Im, Re]] of Xi, whose columns are the vectors.
        RealMatrix embedded = new Array2DRowRealMatrix(2 * n, 2 * n);
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                double a = re[k * n + i];
                double b = im[k * n + i];
                embedded.setEntry(i, k, a);
                embedded.setEntry(i, n + k, -b);
                embedded.setEntry(n + i, k, b);
                embedded.setEntry(n + i, n + k, a);
            }
        }
        DecompositionSolver solver = new LUDecomposition(embedded, 1e-14).getSolver();
        RealMatrix inverse = solver.isNonSingular() ? solver.getInverse()
                : new SingularValueDecomposition(embedded).getSolver().getInverse();
        double[] leftRe = new double[n * n];
        double[] leftIm = new double[n * n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                leftRe[k * n + i] = inverse.getEntry(k, i);
                leftIm[k * n + i] = inverse.getEntry(n + k, i);
            }
        }
        return new double[][] {leftRe, leftIm};
    }

    /** Number of eigenpairs N. */
    public int size() {
        return n;
    }

    public double valueRe(int k) {
        return valueRe[k];
    }

    public double valueIm(int k) {
        return valueIm[k];
    }

    /** |lambda_k|. */
    public double modulus(int k) {
        return Math.hypot(valueRe[k], valueIm[k]);
    }

    /** Real parts of all eigenvalues. */
    public double[] valuesRe() {
        return valueRe.clone();
    }

    /** Imaginary parts of all eigenvalues. */
    public double[] valuesIm() {
        return valueIm.clone();
    }

    /** Right eigenvector k as {re[N], im[N]}. */
    public double[][] right(int k) {
        return new double[][] {java.util.Arrays.copyOfRange(rightRe, k * n, (k + 1) * n),
                java.util.Arrays.copyOfRange(rightIm, k * n, (k + 1) * n)};
    }

    /** Left eigenvector k (row k of Xi^{-1}) as {re[N], im[N]}. */
    public double[][] left(int k) {
        return new double[][] {java.util.Arrays.copyOfRange(leftRe, k * n, (k + 1) * n),
                java.util.Arrays.copyOfRange(leftIm, k * n, (k + 1) * n)};
    }

    double rightRe(int k, int i) {
        return rightRe[k * n + i];
    }

    double rightIm(int k, int i) {
        return rightIm[k * n + i];
    }

    double leftRe(int k, int i) {
        return leftRe[k * n + i];
    }

    double leftIm(int k, int i) {
        return leftIm[k * n + i];
    }
}
