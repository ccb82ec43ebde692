package org.dynamicsworkbench.render.figure;

/**
 * Values on a rectilinear grid: {@code value(i, j)} at {@code (x[i], y[j])}, stored row-major as
 * {@code values[j * nx + i]}. Coordinates are strictly increasing; values may be NaN (missing).
 */
public record Grid2D(double[] x, double[] y, double[] values) {

    public Grid2D {
        x = Extents.copyOf(x, -1, "grid x");
        y = Extents.copyOf(y, -1, "grid y");
        Extents.requireIncreasing(x, "grid x");
        Extents.requireIncreasing(y, "grid y");
        values = Extents.copyOf(values, x.length * y.length, "grid values (" + x.length + " x " + y.length + ")");
    }

    /** Samples {@code f} on {@code nx x ny} evenly spaced points spanning {@code xRange x yRange}. */
    public static Grid2D sample(Range xRange, int nx, Range yRange, int ny, java.util.function.DoubleBinaryOperator f) {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("a sampled grid needs at least 2 x 2 points, got " + nx + " x " + ny);
        }
        double[] x = new double[nx];
        double[] y = new double[ny];
        for (int i = 0; i < nx; i++) {
            x[i] = xRange.min() + xRange.length() * i / (nx - 1);
        }
        for (int j = 0; j < ny; j++) {
            y[j] = yRange.min() + yRange.length() * j / (ny - 1);
        }
        double[] v = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                v[j * nx + i] = f.applyAsDouble(x[i], y[j]);
            }
        }
        return new Grid2D(x, y, v);
    }

    public int nx() {
        return x.length;
    }

    public int ny() {
        return y.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int j) {
        return y[j];
    }

    public double value(int i, int j) {
        return values[j * x.length + i];
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Min and max of the finite values, or {@code null} if none is finite. */
    public Range valueExtent() {
        return Extents.of(values, AxisScale.LINEAR);
    }

    /**
     * The extent a cell-centred picture of the grid covers along x: half a spacing beyond the outer points
     * (the point extent itself for a single column it cannot widen).
     */
    Range cellExtentX() {
        return cellExtent(x);
    }

    Range cellExtentY() {
        return cellExtent(y);
    }

    private static Range cellExtent(double[] c) {
        if (c.length == 1) {
            return Extents.widen(c[0], c[0], AxisScale.LINEAR);
        }
        return new Range(c[0] - (c[1] - c[0]) / 2, c[c.length - 1] + (c[c.length - 1] - c[c.length - 2]) / 2);
    }
}
