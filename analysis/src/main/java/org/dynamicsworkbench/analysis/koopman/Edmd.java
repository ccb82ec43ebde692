package org.dynamicsworkbench.analysis.koopman;

/**
 * Extended dynamic mode decomposition (Williams, Kevrekidis and Rowley 2015) from one streaming pass over
 * the snapshot pairs: each pair is lifted through the dictionary into a scratch row and folded into the
 * accumulators, so Psi_X and Psi_Y are never stored. With weights 1/M:
 * <pre>
 * G = Psi_X^T Psi_X / M,  A = Psi_X^T Psi_Y / M,  L = Psi_Y^T Psi_Y / M,  K = G^+ A
 * </pre>
 * where the pseudo-inverse drops small singular values ({@link EdmdOptions#relativeCutoff}). With the QR
 * accumulation K = R11^+ R12 from [Psi_X Psi_Y] / sqrt(M) = Q [[R11, R12], [0, R22]], the same least-squares
 * solution without squaring the condition number. Stateless.
 */
public final class Edmd {

    private Edmd() {
    }

    /**
     * @throws IllegalArgumentException if the dictionary takes states of another dimension or has more
     *                                  observables than there are snapshot pairs
     */
    public static EdmdModel fit(SnapshotPairs pairs, Dictionary dictionary, EdmdOptions options) {
        int n = dictionary.size();
        int m = pairs.size();
        int d = pairs.dimension();
        if (dictionary.inputDimension() != d) {
            throw new IllegalArgumentException("the dictionary takes " + dictionary.inputDimension()
                    + "-dimensional states but the snapshots are " + d + "-dimensional");
        }
        if (n > m) {
            throw new IllegalArgumentException("the dictionary has " + n + " observables, more than the " + m
                    + " snapshot pairs: use a smaller dictionary or more data");
        }
        double[] x = pairs.xView();
        double[] y = pairs.yView();
        double[] row = new double[2 * n];
        double[] stateProjection = new double[n * d];   // Psi_X^T X
        double[] g;
        double[] a;
        double[] l;
        double[] r = null;
        if (options.accumulation() == EdmdOptions.Accumulation.GRAM) {
            g = new double[n * n];
            a = new double[n * n];
            l = new double[n * n];
            for (int k = 0; k < m; k++) {
                dictionary.evaluate(x, k * d, row, 0);
                dictionary.evaluate(y, k * d, row, n);
                accumulateGram(row, n, g, a, l);
                accumulateProjection(row, x, k * d, n, d, stateProjection);
            }
            mirrorUpper(g, n);
            mirrorUpper(l, n);
            scale(g, 1.0 / m);
            scale(a, 1.0 / m);
            scale(l, 1.0 / m);
        } else {
            StreamingQr qr = new StreamingQr(2 * n);
            for (int k = 0; k < m; k++) {
                dictionary.evaluate(x, k * d, row, 0);
                dictionary.evaluate(y, k * d, row, n);
                qr.addRow(row, 0);
                accumulateProjection(row, x, k * d, n, d, stateProjection);
            }
            r = qr.upperTriangle();
            scale(r, 1.0 / Math.sqrt(m));
            double[] rx = DenseAlgebra.block(r, 2 * n, 0, 2 * n, 0, n);
            double[] ry = DenseAlgebra.block(r, 2 * n, 0, 2 * n, n, 2 * n);
            g = DenseAlgebra.transposeTimes(rx, rx, 2 * n, n, n);
            a = DenseAlgebra.transposeTimes(rx, ry, 2 * n, n, n);
            l = DenseAlgebra.transposeTimes(ry, ry, 2 * n, n, n);
        }
        scale(stateProjection, 1.0 / m);
        double[] k;
        if (r == null) {
            double cutoff = Math.max(options.relativeCutoff() * options.relativeCutoff(), n * 0x1p-52);
            k = DenseAlgebra.pseudoSolve(g, n, a, n, cutoff);
        } else {
            double[] r11 = DenseAlgebra.block(r, 2 * n, 0, n, 0, n);
            double[] r12 = DenseAlgebra.block(r, 2 * n, 0, n, n, 2 * n);
            k = DenseAlgebra.pseudoSolve(r11, n, r12, n, options.relativeCutoff());
        }
        return new EdmdModel(dictionary, m, d, g, a, l, k, r, stateProjection, Eigenpairs.of(k, n), options);
    }

    /** G, A and L (upper triangles of the symmetric two) += rank-one terms of one lifted pair. */
    private static void accumulateGram(double[] row, int n, double[] g, double[] a, double[] l) {
        for (int i = 0; i < n; i++) {
            double xi = row[i];
            double yi = row[n + i];
            int base = i * n;
            for (int j = i; j < n; j++) {
                g[base + j] += xi * row[j];
                l[base + j] += yi * row[n + j];
            }
            for (int j = 0; j < n; j++) {
                a[base + j] += xi * row[n + j];
            }
        }
    }

    private static void accumulateProjection(double[] row, double[] x, int offset, int n, int d, double[] out) {
        for (int i = 0; i < n; i++) {
            double psi = row[i];
            for (int c = 0; c < d; c++) {
                out[i * d + c] += psi * x[offset + c];
            }
        }
    }

    private static void mirrorUpper(double[] s, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                s[i * n + j] = s[j * n + i];
            }
        }
    }

    private static void scale(double[] v, double factor) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
    }
}
