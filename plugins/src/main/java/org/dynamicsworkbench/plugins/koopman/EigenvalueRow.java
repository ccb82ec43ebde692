package org.dynamicsworkbench.plugins.koopman;

/** One row of the eigenvalue table: its rank, lambda, |lambda|, frequency and growth rate per unit time, residual. */
record EigenvalueRow(int rank, double re, double im, double modulus, double frequency, double growth, double residual) {

    static EigenvalueRow of(KoopmanResult result, int rank) {
        double[] rate = result.rate(rank);
        return new EigenvalueRow(rank, result.re(rank), result.im(rank), Math.hypot(result.re(rank), result.im(rank)),
                rate[1] / (2 * Math.PI), rate[0], result.residualAt(rank));
    }
}
