package org.dynamicsworkbench.render.figure;

/** How data values map to positions along an axis. */
public enum AxisScale {
    /** Position proportional to the value. */
    LINEAR,
    /** Position proportional to log10 of the value; values {@code <= 0} are not drawn. */
    LOG;

    /** The value in the scale's linear space: itself, or log10 (NaN for values {@code <= 0}). */
    public double forward(double v) {
        return this == LINEAR ? v : (v > 0 ? Math.log10(v) : Double.NaN);
    }

    /** Inverse of {@link #forward}. */
    public double inverse(double u) {
        return this == LINEAR ? u : Math.pow(10, u);
    }
}
