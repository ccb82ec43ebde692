package org.dynamicsworkbench.analysis.koopman;

import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * HAVOK (Brunton et al. 2017): the Hankel matrix of a scalar series with q delays, H = U S V^T truncated
 * to rank r; the time derivative of the eigen-time-delay coordinates V by second-order finite differences
 * (central inside, one-sided at the ends, as PyDMD's {@code differentiate}); the least-squares regression
 * dV/dt = V Xi^T; and the split v' = A v + B v_r with A = Xi[:r-1, :r-1], B = Xi[:r-1, r-1] and the last
 * coordinate v_r as the forcing. H is streamed into its QR factor (H^T = Q R, R = U_R S W^T, so U = W);
 * V = H^T U S^-1 is computed by projection and then re-orthonormalised (Cholesky QR, twice), which removes
 * the rounding leak of the dominant coordinates into the small ones (without it A is an order of magnitude
 * less skew-symmetric on Lorenz).
 */
public final class Havok {
    /** The forcing threshold's tail probability (PyDMD's p = 0.01). */
    public static final double DEFAULT_TAIL = 0.01;

    private Havok() {
    }

    /**
     * @param series scalar samples spaced {@code dt}
     * @param delays q, rows of the Hankel matrix
     * @param rank   r, at least 2 and at most q
     * @throws IllegalArgumentException on a short series, a bad rank or a non-positive dt
     */
    public static HavokResult fit(double[] series, double dt, int delays, int rank) {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("HAVOK needs a positive dt, got " + dt);
        }
        if (delays < 2) {
            throw new IllegalArgumentException("HAVOK needs at least 2 delays, got " + delays);
        }
        if (rank < 2 || rank > delays) {
            throw new IllegalArgumentException("HAVOK rank must be in 2.." + delays + ", got " + rank);
        }
        int columns = series.length - delays + 1;
        if (columns < 3 * rank) {
            throw new IllegalArgumentException("HAVOK with " + delays + " delays and rank " + rank + " needs at least "
                    + (delays - 1 + 3 * rank) + " samples, got " + series.length);
        }
        for (int i = 0; i < series.length; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException("value " + series[i] + " at index " + i + " is not finite");
            }
        }
        StreamingQr qr = new StreamingQr(delays);
        for (int k = 0; k < columns; k++) {
            qr.addRow(series, k);
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(
                DenseAlgebra.matrix(qr.upperTriangle(), delays, delays));
        double[] s = svd.getSingularValues();
        RealMatrix u = svd.getV();
        if (!(s[rank - 1] > 0)) {
            throw new IllegalArgumentException("rank " + rank + " exceeds the numerical rank of the Hankel matrix");
        }
        double[] basis = new double[rank * delays];   // u_j / s_j, contiguous per j
        for (int j = 0; j < rank; j++) {
            for (int i = 0; i < delays; i++) {
                basis[j * delays + i] = u.getEntry(i, j) / s[j];
            }
        }
        double[] v = new double[columns * rank];
        for (int k = 0; k < columns; k++) {
            for (int j = 0; j < rank; j++) {
                double sum = 0;
                int b = j * delays;
                for (int i = 0; i < delays; i++) {
                    sum += series[k + i] * basis[b + i];
                }
                v[k * rank + j] = sum;
            }
        }
        orthonormalise(v, columns, rank);
        orthonormalise(v, columns, rank);
        double[] dv = differentiate(v, columns, rank, dt);
        double[] vtv = DenseAlgebra.transposeTimes(v, v, columns, rank, rank);
        double[] vtdv = DenseAlgebra.transposeTimes(v, dv, columns, rank, rank);
        RealMatrix xiT = new LUDecomposition(DenseAlgebra.matrix(vtv, rank, rank)).getSolver()
                .solve(DenseAlgebra.matrix(vtdv, rank, rank));
        int q = rank - 1;
        double[] a = new double[q * q];
        double[] b = new double[q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                a[i * q + j] = xiT.getEntry(j, i);
            }
            b[i] = xiT.getEntry(q, i);
        }
        double[] forcing = new double[columns];
        for (int k = 0; k < columns; k++) {
            forcing[k] = v[k * rank + q];
        }
        double[] normalised = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            normalised[i] = s[i] / s[0];
        }
        return new HavokResult(rank, dt, normalised, a, b, forcing, ForcingStatistics.of(forcing, DEFAULT_TAIL));
    }

    /** V := V L^-T with V^T V = L L^T (one Cholesky QR step), keeping column order and signs. */
    static void orthonormalise(double[] v, int rows, int cols) {
        double[] g = DenseAlgebra.transposeTimes(v, v, rows, cols, cols);
        double[] l = new double[cols * cols];
        for (int j = 0; j < cols; j++) {
            double diagonal = g[j * cols + j];
            for (int k = 0; k < j; k++) {
                diagonal -= l[j * cols + k] * l[j * cols + k];
            }
            if (!(diagonal > 0)) {
                throw new IllegalArgumentException("the delay coordinates are linearly dependent at rank " + cols
                        + "; choose a smaller rank");
            }
            l[j * cols + j] = Math.sqrt(diagonal);
            for (int i = j + 1; i < cols; i++) {
                double sum = g[i * cols + j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i * cols + k] * l[j * cols + k];
                }
                l[i * cols + j] = sum / l[j * cols + j];
            }
        }
        double[] row = new double[cols];
        for (int t = 0; t < rows; t++) {
            // Solve L y = v_t (row t as a column vector): y = L^-1 v_t, i.e. the row of V L^-T.
            for (int j = 0; j < cols; j++) {
                double sum = v[t * cols + j];
                for (int k = 0; k < j; k++) {
                    sum -= l[j * cols + k] * row[k];
                }
                row[j] = sum / l[j * cols + j];
            }
            System.arraycopy(row, 0, v, t * cols, cols);
        }
    }

    /** Second-order differences of each column of the row-major (rows x cols) array. */
    static double[] differentiate(double[] v, int rows, int cols, double dt) {
        double[] out = new double[rows * cols];
        double h2 = 2 * dt;
        for (int j = 0; j < cols; j++) {
            out[j] = (-3 * v[j] + 4 * v[cols + j] - v[2 * cols + j]) / h2;
            for (int k = 1; k + 1 < rows; k++) {
                out[k * cols + j] = (v[(k + 1) * cols + j] - v[(k - 1) * cols + j]) / h2;
            }
            int last = rows - 1;
            out[last * cols + j] = (3 * v[last * cols + j] - 4 * v[(last - 1) * cols + j]
                    + v[(last - 2) * cols + j]) / h2;
        }
        return out;
    }
}
