package org.dynamicsworkbench.render.figure;

/**
 * A filled polygon through the points {@code (x[i], y[i])} (closed back to the first point), drawn beneath
 * later series in a colour that is usually translucent: shaded regions of a plane, e.g. the regimes of a
 * complexity-entropy plane. Its legend key is a filled square.
 */
public record AreaSeries(String id, String label, double[] x, double[] y, int argb) implements Series {

    public AreaSeries {
        FigureIds.require(id, "series");
        label = label == null ? "" : label;
        RichText.parse(label);
        if (x == null || y == null || x.length != y.length) {
            throw new IllegalArgumentException("area series '" + id + "': x and y must have the same length");
        }
        if (x.length < 3) {
            throw new IllegalArgumentException("area series '" + id + "': a polygon needs at least 3 points, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("area series '" + id + "': point " + i + " is not finite");
            }
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    @Override
    public Range xExtent(AxisScale scale) {
        return Extents.of(x, scale);
    }

    @Override
    public Range yExtent(AxisScale scale) {
        return Extents.of(y, scale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AreaSeries a && id.equals(a.id) && label.equals(a.label) && argb == a.argb
                && java.util.Arrays.equals(x, a.x) && java.util.Arrays.equals(y, a.y);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, label, argb, java.util.Arrays.hashCode(x), java.util.Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "AreaSeries[" + id + ", " + x.length + " points]";
    }
}
