package org.dynamicsworkbench.render.figure;

/** Bars centred at {@code x[i]} from 0 up (or down) to {@code heights[i]}, each {@code barWidth} data units wide. */
public record BarSeries(String id, String label, double[] x, double[] heights, double barWidth, int argb) implements Series {

    public BarSeries {
        FigureIds.require(id, "series");
        label = label == null ? "" : label;
        RichText.parse(label);
        x = Extents.copyOf(x, -1, "bar series '" + id + "': x");
        heights = Extents.copyOf(heights, x.length, "bar series '" + id + "': heights");
        if (!(barWidth > 0) || !Double.isFinite(barWidth)) {
            throw new IllegalArgumentException("bar series '" + id + "': bar width must be positive, got " + barWidth);
        }
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] heights() {
        return heights.clone();
    }

    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double height(int i) {
        return heights[i];
    }

    @Override
    public Range xExtent(AxisScale scale) {
        Range centres = Extents.of(x, scale);
        if (centres == null || scale == AxisScale.LOG) {
            return centres;
        }
        return new Range(centres.min() - barWidth / 2, centres.max() + barWidth / 2);
    }

    @Override
    public Range yExtent(AxisScale scale) {
        double[] withZero = java.util.Arrays.copyOf(heights, heights.length + 1);
        return Extents.of(withZero, scale);
    }
}
