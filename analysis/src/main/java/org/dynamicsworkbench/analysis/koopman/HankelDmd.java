package org.dynamicsworkbench.analysis.koopman;

import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Hankel-DMD (Arbabi and Mezic 2017): exact DMD on the delay (Hankel) matrix of a series. Column k of H is
 * (s_k, s_{k+1}, ..., s_{k+q-1}) (q blocks of d numbers); X = H[:, :-1], Y = H[:, 1:]; with X = U S V^T
 * truncated to rank r, the reduced operator is U^T Y V S^-1 and its eigenvectors w give the modes
 * Y V S^-1 w. The columns are streamed into the QR factor of [X^T Y^T], so H is never formed:
 * X^T = Q1 R11 gives U, S from the SVD of R11^T, and Y V = R12^T U_R.
 */
public final class HankelDmd {

    private HankelDmd() {
    }

    /**
     * @param series row-major samples, length x dimension
     * @param delays q, the number of delay blocks (rows of H per component)
     * @param rank   r, at most q d
     * @throws IllegalArgumentException if the series is shorter than q + 1 samples or r is out of range
     */
    public static HankelDmdResult fit(double[] series, int dimension, int delays, int rank) {
        int length = series.length / dimension;
        int p = delays * dimension;
        if (delays < 1) {
            throw new IllegalArgumentException("delays must be at least 1, got " + delays);
        }
        if (length < delays + 1) {
            throw new IllegalArgumentException("a Hankel matrix with " + delays + " delays needs at least "
                    + (delays + 1) + " samples, got " + length);
        }
        if (rank < 1 || rank > p) {
            throw new IllegalArgumentException("rank must be in 1.." + p + " (delays x dimension), got " + rank);
        }
        int columns = length - delays + 1;
        StreamingQr qr = new StreamingQr(2 * p);
        double[] row = new double[2 * p];
        for (int k = 0; k + 1 < columns; k++) {
            System.arraycopy(series, k * dimension, row, 0, p);
            System.arraycopy(series, (k + 1) * dimension, row, p, p);
            qr.addRow(row, 0);
        }
        double[] r = qr.upperTriangle();
        double[] r11 = DenseAlgebra.block(r, 2 * p, 0, p, 0, p);
        double[] r12 = DenseAlgebra.block(r, 2 * p, 0, p, p, 2 * p);
        // X = R11^T Q1^T; R11 = U_R S W^T  =>  X = W S (Q1 U_R)^T: U_X = W, V_X = Q1 U_R.
        SingularValueDecomposition svd = new SingularValueDecomposition(DenseAlgebra.matrix(r11, p, p));
        double[] s = svd.getSingularValues();
        RealMatrix uR = svd.getU();
        RealMatrix w = svd.getV();
        if (!(s[rank - 1] > 0)) {
            throw new IllegalArgumentException("rank " + rank + " exceeds the numerical rank of the Hankel matrix");
        }
        // YV = R12^T U_R (p x r); reduced = W_r^T (YV) S^-1.
        double[] yv = new double[p * rank];
        for (int i = 0; i < p; i++) {
            for (int c = 0; c < rank; c++) {
                double sum = 0;
                for (int j = 0; j < p; j++) {
                    sum += r12[j * p + i] * uR.getEntry(j, c);
                }
                yv[i * rank + c] = sum / s[c];
            }
        }
        double[] reduced = new double[rank * rank];
        for (int a = 0; a < rank; a++) {
            for (int c = 0; c < rank; c++) {
                double sum = 0;
                for (int i = 0; i < p; i++) {
                    sum += w.getEntry(i, a) * yv[i * rank + c];
                }
                reduced[a * rank + c] = sum;
            }
        }
        Eigenpairs eigen = Eigenpairs.of(reduced, rank);
        double[] modeRe = new double[rank * p];
        double[] modeIm = new double[rank * p];
        for (int k = 0; k < rank; k++) {
            for (int i = 0; i < p; i++) {
                double sr = 0;
                double si = 0;
                for (int c = 0; c < rank; c++) {
                    sr += yv[i * rank + c] * eigen.rightRe(k, c);
                    si += yv[i * rank + c] * eigen.rightIm(k, c);
                }
                modeRe[k * p + i] = sr;
                modeIm[k * p + i] = si;
            }
        }
        return new HankelDmdResult(eigen, s, modeRe, modeIm, p);
    }

    /**
     * Singular values of the full Hankel matrix H (q d rows, length - q + 1 columns), descending.
     */
    public static double[] singularValues(double[] series, int dimension, int delays) {
        int length = series.length / dimension;
        int p = delays * dimension;
        if (delays < 1 || length < delays) {
            throw new IllegalArgumentException("a Hankel matrix with " + delays + " delays needs at least " + delays
                    + " samples, got " + length);
        }
        StreamingQr qr = new StreamingQr(p);
        for (int k = 0; k + delays <= length; k++) {
            qr.addRow(series, k * dimension);
        }
        return new SingularValueDecomposition(DenseAlgebra.matrix(qr.upperTriangle(), p, p)).getSingularValues();
    }
}
