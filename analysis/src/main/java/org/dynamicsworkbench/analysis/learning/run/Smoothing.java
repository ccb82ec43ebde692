package org.dynamicsworkbench.analysis.learning.run;

/**
 * Smoothing of logged scalars as TensorBoard's scalar dashboard does it: an exponential moving average with
 * de-biasing, {@code last = last * w + (1 - w) * y; n += 1; smoothed = last / (1 - w^n)}, starting from
 * {@code last = 0}. Non-finite values pass through unchanged and do not enter the average; a series whose finite
 * values are all equal is returned as it is (no rounding drift).
 */
public final class Smoothing {
    /** The largest weight the slider offers (TensorBoard's 0.999). */
    public static final double MAX_WEIGHT = 0.999;

    private Smoothing() {
    }

    /**
     * The de-biased EMA of {@code values} with smoothing {@code weight} in [0, 1): 0 returns a copy of the values.
     *
     * @throws IllegalArgumentException when the weight is outside [0, 1)
     */
    public static double[] ema(double[] values, double weight) {
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), got " + weight);
        }
        double[] out = values.clone();
        if (weight == 0 || constant(values)) {
            return out;
        }
        double last = 0;
        double decay = 1; // w^n
        for (int i = 0; i < values.length; i++) {
            double y = values[i];
            if (!Double.isFinite(y)) {
                continue;
            }
            last = last * weight + (1 - weight) * y;
            decay *= weight;
            out[i] = last / (1 - decay);
        }
        return out;
    }

    private static boolean constant(double[] values) {
        double first = Double.NaN;
        for (double v : values) {
            if (Double.isFinite(v)) {
                if (Double.isNaN(first)) {
                    first = v;
                } else if (v != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
