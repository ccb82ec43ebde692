package org.dynamicsworkbench.analysis.learning.concepts;

/**
 * The DDPM noise schedule (Ho et al. 2020) with a linear beta from {@code betaStart} to {@code betaEnd} over T steps,
 * its cumulative products, and the 16-dimensional sinusoidal embedding of each timestep
 * ({@code [sin(t f_i), cos(t f_i)]}, {@code f_i = 10000^(-i/8)}, i = 0..7). Immutable.
 */
final class DiffusionSchedule {
    static final int EMBEDDING = 16;
    final int steps;
    final double[] beta;
    final double[] alpha;
    final double[] alphaBar;
    /** steps x 16 embedding table, as floats for the network input. */
    final float[] embedding;

    DiffusionSchedule(int steps, double betaStart, double betaEnd) {
        this.steps = steps;
        beta = new double[steps];
        alpha = new double[steps];
        alphaBar = new double[steps];
        double product = 1;
        for (int t = 0; t < steps; t++) {
            beta[t] = betaStart + (betaEnd - betaStart) * t / (steps - 1);
            alpha[t] = 1 - beta[t];
            product *= alpha[t];
            alphaBar[t] = product;
        }
        embedding = new float[steps * EMBEDDING];
        int half = EMBEDDING / 2;
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < half; i++) {
                double f = Math.exp(-Math.log(10_000) * i / half);
                embedding[t * EMBEDDING + i] = (float) Math.sin(t * f);
                embedding[t * EMBEDDING + half + i] = (float) Math.cos(t * f);
            }
        }
    }
}
