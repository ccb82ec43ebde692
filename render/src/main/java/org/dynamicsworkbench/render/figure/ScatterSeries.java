package org.dynamicsworkbench.render.figure;

/** Filled circular markers of diameter {@code markerPt} points at {@link XYData} points. */
public record ScatterSeries(String id, String label, XYData data, int argb, double markerPt) implements Series {

    public ScatterSeries {
        FigureIds.require(id, "series");
        label = label == null ? "" : label;
        RichText.parse(label);
        if (data == null) {
            throw new IllegalArgumentException("scatter series '" + id + "': data is null");
        }
        if (!(markerPt > 0 && markerPt <= 50)) {
            throw new IllegalArgumentException("scatter series '" + id + "': marker size must be in (0, 50] pt, got " + markerPt);
        }
    }

    /** 3 pt markers. */
    public static ScatterSeries of(String id, String label, XYData data, int argb) {
        return new ScatterSeries(id, label, data, argb, 3.0);
    }

    @Override
    public Range xExtent(AxisScale scale) {
        return Extents.of(data.x(), scale);
    }

    @Override
    public Range yExtent(AxisScale scale) {
        return Extents.of(data.y(), scale);
    }
}
