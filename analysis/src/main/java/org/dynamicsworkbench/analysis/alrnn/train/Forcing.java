package org.dynamicsworkbench.analysis.alrnn.train;

/**
 * How a training window is forced, for one batch. Sparse identity teacher forcing replaces the N observed
 * units by the data every {@code tau} steps (at window steps k = tau, 2 tau, ...); generalized teacher forcing
 * mixes {@code (1 - alpha) z + alpha zhat} on the first {@code forcedUnits} units at every step, with
 * {@code zhat = [x ; 0]}. The forced components pass no gradient (sparse) or {@code (1 - alpha)} of it (GTF).
 *
 * @param sparse      true for sparse teacher forcing, false for GTF
 * @param tau         the forcing interval (sparse only; &gt;= 1)
 * @param alpha       the GTF coefficient in [0, 1] (GTF only)
 * @param forcedUnits D, the number of leading latent units forced (GTF; N with partial forcing, else M)
 */
public record Forcing(boolean sparse, int tau, double alpha, int forcedUnits) {

    public Forcing {
        if (sparse && tau < 1) {
            throw new IllegalArgumentException("teacher-forcing interval tau must be >= 1, got " + tau);
        }
        if (!sparse && !(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("GTF alpha must be in [0, 1], got " + alpha);
        }
        if (forcedUnits < 1) {
            throw new IllegalArgumentException("forced units must be >= 1, got " + forcedUnits);
        }
    }

    /** Sparse identity teacher forcing of the N observed units every {@code tau} steps. */
    public static Forcing sparse(int tau, int observed) {
        return new Forcing(true, tau, 1.0, observed);
    }

    /** Generalized teacher forcing with coefficient {@code alpha} on the first {@code forcedUnits} units. */
    public static Forcing generalized(double alpha, int forcedUnits) {
        return new Forcing(false, 1, alpha, forcedUnits);
    }
}
