package org.dynamicsworkbench.render.figure;

/**
 * Arrows {@code (u, v)} at the points of a grid ({@code u} and {@code v} share the grid's coordinates and
 * layout), scaled together so that the longest arrow spans {@code 0.9} of the smaller grid spacing in data
 * units; non-finite vectors are skipped.
 */
public record VectorFieldSeries(String id, String label, Grid2D u, Grid2D v, int argb) implements Series {

    public VectorFieldSeries {
        FigureIds.require(id, "series");
        label = label == null ? "" : label;
        RichText.parse(label);
        if (u == null || v == null) {
            throw new IllegalArgumentException("vector field '" + id + "' needs u and v grids");
        }
        if (!java.util.Arrays.equals(u.x(), v.x()) || !java.util.Arrays.equals(u.y(), v.y())) {
            throw new IllegalArgumentException("vector field '" + id + "': u and v must be on the same grid");
        }
    }

    /** Data units per unit of vector length so that the longest arrow is 0.9 grid spacings long; 0 if all vanish. */
    public double arrowScale() {
        double maxLength = 0;
        for (int j = 0; j < u.ny(); j++) {
            for (int i = 0; i < u.nx(); i++) {
                double len = Math.hypot(u.value(i, j), v.value(i, j));
                if (Double.isFinite(len)) {
                    maxLength = Math.max(maxLength, len);
                }
            }
        }
        double spacing = Math.min(spacing(u.x()), spacing(u.y()));
        return maxLength == 0 ? 0 : 0.9 * spacing / maxLength;
    }

    private static double spacing(double[] c) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 1; i < c.length; i++) {
            min = Math.min(min, c[i] - c[i - 1]);
        }
        return Double.isFinite(min) ? min : 1;
    }

    @Override
    public Range xExtent(AxisScale scale) {
        return Extents.of(u.x(), scale);
    }

    @Override
    public Range yExtent(AxisScale scale) {
        return Extents.of(u.y(), scale);
    }
}
