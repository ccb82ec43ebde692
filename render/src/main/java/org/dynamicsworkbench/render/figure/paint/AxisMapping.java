package org.dynamicsworkbench.render.figure.paint;

import org.dynamicsworkbench.render.figure.AxisScale;
import org.dynamicsworkbench.render.figure.Range;

/**
 * Maps data values on one axis to positions in points and back: {@code range.min()} to {@code start},
 * {@code range.max()} to {@code end} (for a y axis start is the bottom edge, so end < start), linear in the
 * scale's space (log10 for log axes).
 */
public record AxisMapping(Range range, AxisScale scale, double start, double end) {

    public AxisMapping {
        if (range == null || scale == null) {
            throw new IllegalArgumentException("axis mapping needs a range and a scale");
        }
        if (scale == AxisScale.LOG && range.min() <= 0) {
            throw new IllegalArgumentException("log axis mapping needs a positive range, got " + range);
        }
    }

    /** Position of {@code value}; NaN when the value cannot be shown (non-positive on a log axis). */
    public double toPosition(double value) {
        double u0 = scale.forward(range.min());
        double u1 = scale.forward(range.max());
        return start + (end - start) * (scale.forward(value) - u0) / (u1 - u0);
    }

    /** The data value at {@code position}. */
    public double toValue(double position) {
        double u0 = scale.forward(range.min());
        double u1 = scale.forward(range.max());
        return scale.inverse(u0 + (u1 - u0) * (position - start) / (end - start));
    }

    /**
     * The range seen after zooming by {@code factor} (below 1 zooms in) about the data value at {@code position},
     * which stays where it is.
     */
    public Range zoomedAbout(double position, double factor) {
        double u0 = scale.forward(range.min());
        double u1 = scale.forward(range.max());
        double uc = u0 + (u1 - u0) * (position - start) / (end - start);
        return new Range(scale.inverse(uc + (u0 - uc) * factor), scale.inverse(uc + (u1 - uc) * factor));
    }

    /** The range seen after dragging the content by {@code delta} points. */
    public Range pannedBy(double delta) {
        double u0 = scale.forward(range.min());
        double u1 = scale.forward(range.max());
        double du = -(u1 - u0) * delta / (end - start);
        return new Range(scale.inverse(u0 + du), scale.inverse(u1 + du));
    }

    /** The range of the same length (in scale space) shifted so that {@code value} sits at {@code position}. */
    public Range shiftedToShow(double value, double position) {
        double u0 = scale.forward(range.min());
        double u1 = scale.forward(range.max());
        double du = scale.forward(value) - (u0 + (u1 - u0) * (position - start) / (end - start));
        return new Range(scale.inverse(u0 + du), scale.inverse(u1 + du));
    }

    /** The range between two positions (in either order). */
    public Range between(double p, double q) {
        double a = toValue(p);
        double b = toValue(q);
        return new Range(Math.min(a, b), Math.max(a, b));
    }
}
