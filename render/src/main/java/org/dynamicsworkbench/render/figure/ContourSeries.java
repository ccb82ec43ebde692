package org.dynamicsworkbench.render.figure;

/**
 * Iso-lines of a grid at {@code levels} (strictly increasing), traced by {@link ContourTracer}; each level's
 * lines take their colour from {@code colors} at the level's value; {@code widthPt} stroke width.
 */
public record ContourSeries(String id, String label, Grid2D grid, double[] levels, ColorScale colors, double widthPt)
        implements Series {

    public ContourSeries {
        FigureIds.require(id, "series");
        label = label == null ? "" : label;
        RichText.parse(label);
        if (grid == null || colors == null) {
            throw new IllegalArgumentException("contour series '" + id + "' needs a grid and a colour scale");
        }
        levels = Extents.copyOf(levels, -1, "contour series '" + id + "': levels");
        Extents.requireIncreasing(levels, "contour series '" + id + "': levels");
        if (!(widthPt > 0 && widthPt <= 20)) {
            throw new IllegalArgumentException("contour series '" + id + "': width must be in (0, 20] pt, got " + widthPt);
        }
    }

    /** {@code count} nice levels strictly inside the grid's value range (see {@link Ticks#contourLevels}). */
    public static ContourSeries withNiceLevels(String id, String label, Grid2D grid, int count, ColorScale colors) {
        Range extent = grid.valueExtent();
        if (extent == null) {
            throw new IllegalArgumentException("contour series '" + id + "': the grid has no finite value");
        }
        return new ContourSeries(id, label, grid, Ticks.contourLevels(extent, count), colors, 0.8);
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    @Override
    public Range xExtent(AxisScale scale) {
        return Extents.of(grid.x(), scale);
    }

    @Override
    public Range yExtent(AxisScale scale) {
        return Extents.of(grid.y(), scale);
    }

    @Override
    public boolean padded() {
        return false;
    }
}
