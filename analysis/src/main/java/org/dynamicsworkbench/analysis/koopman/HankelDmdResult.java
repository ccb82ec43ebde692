package org.dynamicsworkbench.analysis.koopman;

/**
 * Hankel-DMD's eigenvalues, the singular values of X (all q d of them; the first r were kept) and the
 * DMD modes (mode k is {@code modeRe/modeIm[k * rows .. (k+1) * rows)}, one entry per Hankel row).
 */
public final class HankelDmdResult {
    private final Eigenpairs eigenpairs;
    private final double[] singularValues;
    private final double[] modeRe;
    private final double[] modeIm;
    private final int rows;

    HankelDmdResult(Eigenpairs eigenpairs, double[] singularValues, double[] modeRe, double[] modeIm, int rows) {
        this.eigenpairs = eigenpairs;
        this.singularValues = singularValues.clone();
        this.modeRe = modeRe;
        this.modeIm = modeIm;
        this.rows = rows;
    }

    public Eigenpairs eigenpairs() {
        return eigenpairs;
    }

    /** Singular values of X = H[:, :-1], descending. */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** Mode k as {re[rows], im[rows]}. */
    public double[][] mode(int k) {
        return new double[][] {java.util.Arrays.copyOfRange(modeRe, k * rows, (k + 1) * rows),
                java.util.Arrays.copyOfRange(modeIm, k * rows, (k + 1) * rows)};
    }

    /** Continuous-time eigenvalue log(lambda_k) / dt as {Re, Im}. */
    public double[] continuousTime(int k, double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("dt must be a positive number, got " + dt);
        }
        double re = eigenpairs.valueRe(k);
        double im = eigenpairs.valueIm(k);
        return new double[] {Math.log(Math.hypot(re, im)) / dt, Math.atan2(im, re) / dt};
    }
}
