package org.dynamicsworkbench.render.figure;

/**
 * A grid drawn as cells coloured by {@code scale} (one cell centred on each grid point, NaN cells left
 * transparent), with a colour bar beside the panel when {@code colorBar}.
 */
public record HeatMapSeries(String id, String label, Grid2D grid, ColorScale scale, boolean colorBar) implements Series {

    public HeatMapSeries {
        FigureIds.require(id, "series");
        label = label == null ? "" : label;
        RichText.parse(label);
        if (grid == null || scale == null) {
            throw new IllegalArgumentException("heat map '" + id + "' needs a grid and a colour scale");
        }
    }

    @Override
    public Range xExtent(AxisScale axisScale) {
        return axisScale == AxisScale.LINEAR ? grid.cellExtentX() : Extents.of(grid.x(), axisScale);
    }

    @Override
    public Range yExtent(AxisScale axisScale) {
        return axisScale == AxisScale.LINEAR ? grid.cellExtentY() : Extents.of(grid.y(), axisScale);
    }

    @Override
    public boolean padded() {
        return false;
    }
}
