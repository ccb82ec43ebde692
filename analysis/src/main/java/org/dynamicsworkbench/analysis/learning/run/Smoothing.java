package org.dynamicsworkbench.analysis.learning.run;

/**
 * TensorBoard's scalar smoothing: an exponential moving average with de-biasing, so the first points are
 * not pulled toward zero: {@code last = last * w + (1 - w) * y; n += 1; smoothed = last / (1 - w^n)}.
 * Non-finite points pass through unchanged and do not enter the average; a constant series is returned as
 * it is (as TensorBoard does, so floating-point noise never appears on a flat line).
 */
public final class Smoothing {
    /** The largest weight the slider offers. */
    public static final double MAX_WEIGHT = 0.999;

    private Smoothing() {
    }

    /**
     * @param values the raw series
     * @param weight in [0, 0.999]; 0 returns a copy
     * @return a new array of the same length
     */
    public static double[] ema(double[] values, double weight) {
        if (!(weight >= 0 && weight <= MAX_WEIGHT)) {
            throw new IllegalArgumentException("smoothing weight must be in [0, " + MAX_WEIGHT + "], got " + weight);
        }
        double[] out = values.clone();
        if (weight == 0 || isConstant(values)) {
            return out;
        }
        double last = 0;
        double decay = 1;
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

    private static boolean isConstant(double[] values) {
        double first = Double.NaN;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = v;
            } else if (v != first) {
                return false;
            }
        }
        return true;
    }
}
