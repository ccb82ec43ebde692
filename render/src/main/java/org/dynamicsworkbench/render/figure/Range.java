package org.dynamicsworkbench.render.figure;

/** A closed interval {@code [min, max]} of finite numbers with {@code min < max}. */
public record Range(double min, double max) {

    public Range {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("range must be finite with min < max, got [" + min + ", " + max + "]");
        }
    }

    /** {@code max - min}. */
    public double length() {
        return max - min;
    }

    /** Whether {@code v} lies in the closed interval. */
    public boolean contains(double v) {
        return v >= min && v <= max;
    }
}
