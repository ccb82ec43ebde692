package org.dynamicsworkbench.analysis.alrnn;

/**
 * Sizes of an AL-RNN and the layout of its flat parameter vector
 * {@code theta = [A (M) | W (M x M, row-major) | h (M) | L ((M-N) x N, row-major)]}.
 *
 * @param latent     M, the latent dimension
 * @param observed   N, the number of observed units (the first N latent units), 1 &lt;= N &lt;= M
 * @param piecewise  P, the number of piecewise-linear (ReLU) units (the last P), 0 &lt;= P &lt;= M
 */
public record AlRnnShape(int latent, int observed, int piecewise) {
    /** The most ReLU units for which subregions are indexed by an int (2^P regions). */
    public static final int MAX_PIECEWISE_FOR_REGIONS = 30;

    public AlRnnShape {
        if (latent < 1) {
            throw new IllegalArgumentException("M (latent dimension) must be >= 1, got " + latent);
        }
        if (observed < 1) {
            throw new IllegalArgumentException("N (observed dimension) must be >= 1, got " + observed);
        }
        if (observed > latent) {
            throw new IllegalArgumentException("N (observed dimension, " + observed + ") must not exceed M (latent "
                    + "dimension, " + latent + ")");
        }
        if (piecewise < 0 || piecewise > latent) {
            throw new IllegalArgumentException("P (piecewise-linear units, " + piecewise + ") must be between 0 and M ("
                    + latent + ")");
        }
    }

    /** M - P: the index of the first ReLU unit. */
    public int firstPiecewise() {
        return latent - piecewise;
    }

    public int offsetA() {
        return 0;
    }

    public int offsetW() {
        return latent;
    }

    public int offsetH() {
        return latent + latent * latent;
    }

    public int offsetL() {
        return 2 * latent + latent * latent;
    }

    /** (M - N) x N entries of L. */
    public int sizeL() {
        return (latent - observed) * observed;
    }

    /** 2M + M^2 + (M - N) N. */
    public int parameterCount() {
        return offsetL() + sizeL();
    }
}
