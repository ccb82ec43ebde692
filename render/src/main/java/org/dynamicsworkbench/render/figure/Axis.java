package org.dynamicsworkbench.render.figure;

/**
 * One axis of a panel: its label in {@link RichText} markup (may be empty), its scale, and a fixed range, or
 * {@code null} to fit the data.
 */
public record Axis(String label, AxisScale scale, Range range) {

    public Axis {
        label = label == null ? "" : label;
        RichText.parse(label); // fail early on malformed markup
        if (scale == null) {
            throw new IllegalArgumentException("axis '" + label + "': scale is null");
        }
        if (range != null && scale == AxisScale.LOG && range.min() <= 0) {
            throw new IllegalArgumentException("axis '" + label + "': a log axis needs a positive range, got ["
                    + range.min() + ", " + range.max() + "]");
        }
    }

    /** A linear axis fitted to the data. */
    public static Axis linear(String label) {
        return new Axis(label, AxisScale.LINEAR, null);
    }

    /** A log axis fitted to the positive data. */
    public static Axis log(String label) {
        return new Axis(label, AxisScale.LOG, null);
    }

    /** This axis with a fixed range ({@code null}: fit the data). */
    public Axis withRange(Range newRange) {
        return new Axis(label, scale, newRange);
    }
}
