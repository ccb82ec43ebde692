package org.dynamicsworkbench.analysis.koopman;

/**
 * The result of {@link Edmd#fit}: the Koopman matrix K on the dictionary's coefficient space, its
 * eigenpairs, eigenfunctions, modes of the full state and continuous-time rates. K acts on coefficient
 * vectors: if g = sum c_j psi_j then Kg ~ sum (K c)_j psi_j; eigenfunction k is phi_k(x) = psi(x)^T xi_k.
 * Immutable.
 */
public final class EdmdModel {
    private final Dictionary dictionary;
    private final int snapshots;
    private final int stateDimension;
    private final double[] g;
    private final double[] a;
    private final double[] l;
    private final double[] k;
    private final double[] r;
    private final double[] stateProjection;
    private final Eigenpairs eigenpairs;
    private final EdmdOptions options;

    EdmdModel(Dictionary dictionary, int snapshots, int stateDimension, double[] g, double[] a, double[] l,
              double[] k, double[] r, double[] stateProjection, Eigenpairs eigenpairs, EdmdOptions options) {
        this.dictionary = dictionary;
        this.snapshots = snapshots;
        this.stateDimension = stateDimension;
        this.g = g;
        this.a = a;
        this.l = l;
        this.k = k;
        this.r = r;
        this.stateProjection = stateProjection;
        this.eigenpairs = eigenpairs;
        this.options = options;
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    /** Number of observables N. */
    public int size() {
        return dictionary.size();
    }

    /** Number of snapshot pairs M. */
    public int snapshots() {
        return snapshots;
    }

    public EdmdOptions options() {
        return options;
    }

    /** G = Psi_X^T Psi_X / M, row-major N x N. */
    public double[] gram() {
        return g.clone();
    }

    /** A = Psi_X^T Psi_Y / M, row-major N x N. */
    public double[] crossGram() {
        return a.clone();
    }

    /** L = Psi_Y^T Psi_Y / M, row-major N x N. */
    public double[] imageGram() {
        return l.clone();
    }

    /** K = G^+ A, row-major N x N. */
    public double[] koopmanMatrix() {
        return k.clone();
    }

    /** Whether the QR factor (accurate residuals, pseudospectra) was accumulated. */
    public boolean hasQrFactor() {
        return r != null;
    }

    double[] gView() {
        return g;
    }

    double[] aView() {
        return a;
    }

    double[] lView() {
        return l;
    }

    /** R of [Psi_X Psi_Y] / sqrt(M) (2N x 2N), or null. */
    double[] rView() {
        return r;
    }

    public Eigenpairs eigenpairs() {
        return eigenpairs;
    }

    /** Continuous-time eigenvalue log(lambda_k) / dt (principal branch) as {Re, Im}. */
    public double[] continuousTime(int index, double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("dt must be a positive number to turn eigenvalues into rates, got "
                    + dt);
        }
        double re = eigenpairs.valueRe(index);
        double im = eigenpairs.valueIm(index);
        return new double[] {Math.log(Math.hypot(re, im)) / dt, Math.atan2(im, re) / dt};
    }

    /**
     * Eigenfunction {@code index} at every state of {@code states} (row-major), as {re[], im[]}.
     */
    public double[][] eigenfunction(int index, double[] states) {
        int d = dictionary.inputDimension();
        int n = size();
        if (states.length % d != 0) {
            throw new IllegalArgumentException("states must be whole " + d + "-dimensional points");
        }
        int count = states.length / d;
        double[] psi = new double[n];
        double[] re = new double[count];
        double[] im = new double[count];
        for (int s = 0; s < count; s++) {
            dictionary.evaluate(states, s * d, psi, 0);
            double sr = 0;
            double si = 0;
            for (int j = 0; j < n; j++) {
                sr += psi[j] * eigenpairs.rightRe(index, j);
                si += psi[j] * eigenpairs.rightIm(index, j);
            }
            re[s] = sr;
            im[s] = si;
        }
        return new double[][] {re, im};
    }

    /**
     * Koopman modes of the full state: the state is projected on the dictionary (B = G^+ Psi_X^T X / M, so
     * x ~ B^T psi(x)) and mode k is (w_k B)^T with w_k the left eigenvector; then
     * x_n ~ sum_k lambda_k^n phi_k(x_0) v_k. Returns {re, im}, each N x d row-major (row k = mode k).
     */
    public double[][] stateModes() {
        int n = size();
        int d = stateDimension;
        double cutoff = Math.max(options.relativeCutoff() * options.relativeCutoff(), n * 0x1p-52);
        double[] b = DenseAlgebra.pseudoSolve(g, n, stateProjection, d, cutoff);
        double[] re = new double[n * d];
        double[] im = new double[n * d];
        for (int mode = 0; mode < n; mode++) {
            for (int c = 0; c < d; c++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n; j++) {
                    sr += eigenpairs.leftRe(mode, j) * b[j * d + c];
                    si += eigenpairs.leftIm(mode, j) * b[j * d + c];
                }
                re[mode * d + c] = sr;
                im[mode * d + c] = si;
            }
        }
        return new double[][] {re, im};
    }
}
