package org.dynamicsworkbench.analysis.lyapunov;

/**
 * A Lyapunov spectrum with its Kaplan-Yorke dimension and the running estimate for a convergence plot.
 * Immutable; arrays are copied in and out.
 *
 * @param exponents            the spectrum, descending, per unit of model time (per iteration for maps)
 * @param kaplanYorkeDimension {@link KaplanYorke#dimension} of the exponents
 * @param totalTime            time (or iterations) the exponents were averaged over, transient excluded
 * @param convergenceTimes     times since the end of the transient at which the running estimate was sampled
 * @param convergenceEstimates running estimates, row-major: one row of {@code exponents.length} values
 *                             (sorted descending) per entry of {@code convergenceTimes}
 */
public record LyapunovResult(double[] exponents, double kaplanYorkeDimension, double totalTime,
                             double[] convergenceTimes, double[] convergenceEstimates) {

    public LyapunovResult {
        exponents = exponents.clone();
        convergenceTimes = convergenceTimes.clone();
        convergenceEstimates = convergenceEstimates.clone();
        if (exponents.length == 0) {
            throw new IllegalArgumentException("a spectrum needs at least one exponent");
        }
        if (convergenceEstimates.length != convergenceTimes.length * exponents.length) {
            throw new IllegalArgumentException(convergenceTimes.length + " convergence samples of "
                    + exponents.length + " exponents need " + convergenceTimes.length * exponents.length
                    + " estimates, got " + convergenceEstimates.length);
        }
    }

    @Override
    public double[] exponents() {
        return exponents.clone();
    }

    @Override
    public double[] convergenceTimes() {
        return convergenceTimes.clone();
    }

    @Override
    public double[] convergenceEstimates() {
        return convergenceEstimates.clone();
    }

    /** Number of exponents (the system's dimension). */
    public int dimension() {
        return exponents.length;
    }

    /** The largest exponent. */
    public double maximalExponent() {
        return exponents[0];
    }

    /** Sum of the exponents: the average phase-space contraction rate. */
    public double sum() {
        double sum = 0;
        for (double exponent : exponents) {
            sum += exponent;
        }
        return sum;
    }

    /** The running estimate of exponent {@code index} at convergence sample {@code sample}. */
    public double convergenceEstimate(int sample, int index) {
        return convergenceEstimates[sample * exponents.length + index];
    }
}
