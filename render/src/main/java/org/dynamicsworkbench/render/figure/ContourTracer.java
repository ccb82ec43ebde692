package org.dynamicsworkbench.render.figure;

import java.util.Arrays;

/**
 * Marching squares: the iso-line of a {@link Grid2D} at one level as straight segments, one or two per grid
 * cell, with end points linearly interpolated along the cell edges. A corner counts as inside when its value
 * is {@code >= level}. Saddle cells (diagonal corners inside) are resolved by the mean of the four corners.
 * Cells with a NaN corner are skipped.
 */
public final class ContourTracer {
    private ContourTracer() {
    }

    /**
     * The segments of the {@code level} iso-line, flat as {@code x1, y1, x2, y2} per segment in data units.
     */
    public static double[] segments(Grid2D grid, double level) {
        int nx = grid.nx();
        int ny = grid.ny();
        double[] out = new double[64];
        int n = 0;
        double[] ex = new double[4];
        double[] ey = new double[4];
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                double v00 = grid.value(i, j);
                double v10 = grid.value(i + 1, j);
                double v11 = grid.value(i + 1, j + 1);
                double v01 = grid.value(i, j + 1);
                if (Double.isNaN(v00) || Double.isNaN(v10) || Double.isNaN(v11) || Double.isNaN(v01)) {
                    continue;
                }
                boolean a00 = v00 >= level;
                boolean a10 = v10 >= level;
                boolean a11 = v11 >= level;
                boolean a01 = v01 >= level;
                double x0 = grid.x(i);
                double x1 = grid.x(i + 1);
                double y0 = grid.y(j);
                double y1 = grid.y(j + 1);
                // edges: 0 bottom (00-10), 1 right (10-11), 2 top (01-11), 3 left (00-01)
                int crossed = 0;
                if (a00 != a10) {
                    ex[0] = lerp(x0, x1, v00, v10, level);
                    ey[0] = y0;
                    crossed |= 1;
                }
                if (a10 != a11) {
                    ex[1] = x1;
                    ey[1] = lerp(y0, y1, v10, v11, level);
                    crossed |= 2;
                }
                if (a01 != a11) {
                    ex[2] = lerp(x0, x1, v01, v11, level);
                    ey[2] = y1;
                    crossed |= 4;
                }
                if (a00 != a01) {
                    ex[3] = x0;
                    ey[3] = lerp(y0, y1, v00, v01, level);
                    crossed |= 8;
                }
                if (crossed == 0) {
                    continue;
                }
                if (out.length < n + 8) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                if (crossed == 15) {
                    boolean centreInside = (v00 + v10 + v11 + v01) / 4 >= level;
                    // the corners on the centre's side connect through the centre; the others are cut off alone
                    boolean cutAround10And01 = a00 == centreInside;
                    if (cutAround10And01) {
                        n = put(out, n, ex, ey, 0, 1);
                        n = put(out, n, ex, ey, 2, 3);
                    } else {
                        n = put(out, n, ex, ey, 0, 3);
                        n = put(out, n, ex, ey, 1, 2);
                    }
                } else {
                    int first = Integer.numberOfTrailingZeros(crossed);
                    int second = Integer.numberOfTrailingZeros(crossed & ~(1 << first));
                    n = put(out, n, ex, ey, first, second);
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int put(double[] out, int n, double[] ex, double[] ey, int a, int b) {
        out[n] = ex[a];
        out[n + 1] = ey[a];
        out[n + 2] = ex[b];
        out[n + 3] = ey[b];
        return n + 4;
    }

    private static double lerp(double p0, double p1, double v0, double v1, double level) {
        return p0 + (p1 - p0) * (level - v0) / (v1 - v0);
    }
}
