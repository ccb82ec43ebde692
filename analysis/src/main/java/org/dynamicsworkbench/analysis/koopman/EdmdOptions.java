package org.dynamicsworkbench.analysis.koopman;

/**
 * How EDMD accumulates and solves.
 *
 * @param accumulation   {@link Accumulation#GRAM} (G, A, L; fastest) or {@link Accumulation#QR} (the
 *                       triangular factor of [Psi_X Psi_Y]; needed for accurate residuals and pseudospectra)
 * @param relativeCutoff singular values of sqrt(W) Psi_X below this fraction of the largest are dropped in
 *                       the pseudo-inverse (squared, and at least N eps, for the Gram matrix)
 * @param threads        the pass over the data is split into this many contiguous ranges, each on its own
 *                       thread, and their sums (or triangular factors) combined
 */
public record EdmdOptions(Accumulation accumulation, double relativeCutoff, int threads) {

    /** What the single pass over the data accumulates. */
    public enum Accumulation {
        /** G = Psi_X^T Psi_X / M, A = Psi_X^T Psi_Y / M, L = Psi_Y^T Psi_Y / M. */
        GRAM,
        /** R of the thin QR of [Psi_X Psi_Y] / sqrt(M), from which G, A and L follow without squaring. */
        QR
    }

    public EdmdOptions {
        if (accumulation == null) {
            throw new IllegalArgumentException("accumulation must be given");
        }
        if (!(relativeCutoff >= 0 && relativeCutoff < 1)) {
            throw new IllegalArgumentException("relative cutoff must be in [0, 1), got " + relativeCutoff);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** The same options on {@code count} threads. */
    public EdmdOptions withThreads(int count) {
        return new EdmdOptions(accumulation, relativeCutoff, count);
    }

    /** QR accumulation with cutoff 1e-12 on one thread: residuals and pseudospectra available. */
    public static EdmdOptions stable() {
        return new EdmdOptions(Accumulation.QR, 1e-12, 1);
    }

    /** Gram accumulation with cutoff 1e-7 (1e-14 on G) on one thread: fastest; residuals by the quadratic form. */
    public static EdmdOptions fast() {
        return new EdmdOptions(Accumulation.GRAM, 1e-7, 1);
    }
}
