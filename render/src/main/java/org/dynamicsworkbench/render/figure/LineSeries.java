package org.dynamicsworkbench.render.figure;

/** A polyline through {@link XYData} points, {@code argb} colour, {@code widthPt} stroke width in points. */
public record LineSeries(String id, String label, XYData data, int argb, double widthPt) implements Series {

    public LineSeries {
        FigureIds.require(id, "series");
        label = label == null ? "" : label;
        RichText.parse(label);
        if (data == null) {
            throw new IllegalArgumentException("line series '" + id + "': data is null");
        }
        if (!(widthPt > 0 && widthPt <= 20)) {
            throw new IllegalArgumentException("line series '" + id + "': width must be in (0, 20] pt, got " + widthPt);
        }
    }

    /** A 1 pt line. */
    public static LineSeries of(String id, String label, XYData data, int argb) {
        return new LineSeries(id, label, data, argb, 1.0);
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
