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
 * solution without squaring the condition number. Memory is O(N^2) (the QR factor holds (2N)^2 numbers),
 * independent of M. Stateless.
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
        boolean gramOnly = options.accumulation() == EdmdOptions.Accumulation.GRAM;
        Pass[] passes = runPasses(pairs, dictionary, gramOnly, Math.min(options.threads(), m));
        Pass total = passes[0];
        for (int t = 1; t < passes.length; t++) {
            total.add(passes[t]);
        }
        double[] stateProjection = total.projection;
        double[] g;
        double[] a;
        double[] l;
        double[] r = null;
        if (gramOnly) {
            double[] full = total.gram.gram();   // [Psi_X Psi_Y]^T [Psi_X Psi_Y], 2N x 2N
            scale(full, 1.0 / m);
            g = DenseAlgebra.block(full, 2 * n, 0, n, 0, n);
            a = DenseAlgebra.block(full, 2 * n, 0, n, n, 2 * n);
            l = DenseAlgebra.block(full, 2 * n, n, 2 * n, n, 2 * n);
        } else {
            r = total.qr.upperTriangle();
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

    /** Splits the pairs into contiguous ranges, one pass per thread. */
    private static Pass[] runPasses(SnapshotPairs pairs, Dictionary dictionary, boolean gramOnly, int threads) {
        int m = pairs.size();
        Pass[] passes = new Pass[threads];
        Thread[] workers = new Thread[threads - 1];
        RuntimeException[] failure = new RuntimeException[threads];
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) m * t / threads);
            int to = (int) ((long) m * (t + 1) / threads);
            int index = t;
            Runnable work = () -> {
                try {
                    passes[index] = new Pass(pairs, dictionary, gramOnly, from, to);
                } catch (RuntimeException e) {
                    failure[index] = e;
                }
            };
            if (t < threads - 1) {
                workers[t] = new Thread(work, "edmd-pass-" + t);
                workers[t].start();
            } else {
                work.run();
            }
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("EDMD interrupted", e);
            }
        }
        for (RuntimeException e : failure) {
            if (e != null) {
                throw e;
            }
        }
        return passes;
    }

    /** One pass over pairs [from, to): lift each pair into a scratch row and fold it in. */
    private static final class Pass {
        final GramAccumulator gram;
        final StreamingQr qr;
        final double[] projection;

        Pass(SnapshotPairs pairs, Dictionary dictionary, boolean gramOnly, int from, int to) {
            int n = dictionary.size();
            int d = pairs.dimension();
            double[] x = pairs.xView();
            double[] y = pairs.yView();
            double[] row = new double[2 * n];
            projection = new double[n * d];
            gram = gramOnly ? new GramAccumulator(2 * n) : null;
            qr = gramOnly ? null : new StreamingQr(2 * n);
            for (int k = from; k < to; k++) {
                dictionary.evaluate(x, k * d, row, 0);
                dictionary.evaluate(y, k * d, row, n);
                if (gramOnly) {
                    gram.addRow(row);
                } else {
                    qr.addRow(row, 0);
                }
                accumulateProjection(row, x, k * d, n, d, projection);
            }
        }

        void add(Pass other) {
            if (gram != null) {
                gram.add(other.gram);
            } else {
                qr.addFactor(other.qr);
            }
            for (int i = 0; i < projection.length; i++) {
                projection[i] += other.projection[i];
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

    private static void scale(double[] v, double factor) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
    }
}
