package org.dynamicsworkbench.render.figure;

import org.dynamicsworkbench.render.gl.Frame;

/**
 * A raster image (for example a {@link Frame} rendered by the 3D view) stretched over the data rectangle
 * {@code x x y}; vector exports embed it as an image while the axes around it stay vector.
 */
public record ImageSeries(String id, String label, Frame image, Range x, Range y) implements Series {

    public ImageSeries {
        FigureIds.require(id, "series");
        label = label == null ? "" : label;
        RichText.parse(label);
        if (image == null || x == null || y == null) {
            throw new IllegalArgumentException("image series '" + id + "' needs an image and its x and y ranges");
        }
    }

    @Override
    public Range xExtent(AxisScale scale) {
        return scale == AxisScale.LINEAR || x.min() > 0 ? x : null;
    }

    @Override
    public Range yExtent(AxisScale scale) {
        return scale == AxisScale.LINEAR || y.min() > 0 ? y : null;
    }

    @Override
    public boolean padded() {
        return false;
    }
}
