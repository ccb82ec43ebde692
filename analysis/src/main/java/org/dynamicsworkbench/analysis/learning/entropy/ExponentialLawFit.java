package org.dynamicsworkbench.analysis.learning.entropy;

/**
 * The least-squares fit of Cui et al.'s empirical law {@code R = -a e^H + b} (linear in a and b: design matrix
 * {@code [-e^H, 1]}), with its predicted ceiling {@code -a + b} (the reward at zero entropy) and the RMSE of the
 * fit on the points it was fitted to. Immutable.
 *
 * @param a      the coefficient of {@code -e^H}
 * @param b      the intercept
 * @param rmse   root-mean-square residual on the fitted points
 * @param points number of points fitted
 */
public record ExponentialLawFit(double a, double b, double rmse, int points) {

    public ExponentialLawFit {
        if (points < 2) {
            throw new IllegalArgumentException("an exponential-law fit needs at least 2 points, got " + points);
        }
    }

    /**
     * Fits {@code reward = -a exp(entropy) + b} by least squares over the pairs whose values are both finite.
     *
     * @throws IllegalArgumentException when the arrays differ in length, fewer than 2 finite pairs remain, or the
     *                                  entropy does not vary
     */
    public static ExponentialLawFit fit(double[] entropy, double[] reward) {
        if (entropy.length != reward.length) {
            throw new IllegalArgumentException("entropy has " + entropy.length + " values but reward has "
                    + reward.length);
        }
        int n = 0;
        double meanE = 0;
        double meanR = 0;
        for (int i = 0; i < entropy.length; i++) {
            if (Double.isFinite(entropy[i]) && Double.isFinite(reward[i])) {
                n++;
                meanE += Math.exp(entropy[i]);
                meanR += reward[i];
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("an exponential-law fit needs at least 2 finite points, got " + n);
        }
        meanE /= n;
        meanR /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < entropy.length; i++) {
            if (Double.isFinite(entropy[i]) && Double.isFinite(reward[i])) {
                double dx = Math.exp(entropy[i]) - meanE;
                sxx += dx * dx;
                sxy += dx * (reward[i] - meanR);
            }
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("the entropy does not vary, so R = -a e^H + b cannot be fitted");
        }
        double slope = sxy / sxx; // R = slope e^H + intercept
        double a = -slope;
        double b = meanR - slope * meanE;
        double ss = 0;
        for (int i = 0; i < entropy.length; i++) {
            if (Double.isFinite(entropy[i]) && Double.isFinite(reward[i])) {
                double e = reward[i] - (b - a * Math.exp(entropy[i]));
                ss += e * e;
            }
        }
        return new ExponentialLawFit(a, b, Math.sqrt(ss / n), n);
    }

    /** The reward predicted at entropy {@code h}. */
    public double predict(double h) {
        return -a * Math.exp(h) + b;
    }

    /** The predicted ceiling: the reward at zero entropy, {@code -a + b}. */
    public double ceiling() {
        return -a + b;
    }

    /** RMSE of this law's predictions on other points (finite pairs only; NaN when there are none). */
    public double rmseOn(double[] entropy, double[] reward) {
        if (entropy.length != reward.length) {
            throw new IllegalArgumentException("entropy has " + entropy.length + " values but reward has "
                    + reward.length);
        }
        double ss = 0;
        int n = 0;
        for (int i = 0; i < entropy.length; i++) {
            if (Double.isFinite(entropy[i]) && Double.isFinite(reward[i])) {
                double e = reward[i] - predict(entropy[i]);
                ss += e * e;
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(ss / n);
    }
}
