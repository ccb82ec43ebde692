package org.dynamicsworkbench.render.figure.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.dynamicsworkbench.render.figure.AreaSeries;
import org.dynamicsworkbench.render.figure.AxisScale;
import org.dynamicsworkbench.render.figure.BarSeries;
import org.dynamicsworkbench.render.figure.ColorScale;
import org.dynamicsworkbench.render.figure.ContourSeries;
import org.dynamicsworkbench.render.figure.ContourTracer;
import org.dynamicsworkbench.render.figure.Grid2D;
import org.dynamicsworkbench.render.figure.HeatMapSeries;
import org.dynamicsworkbench.render.figure.ImageSeries;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.Series;
import org.dynamicsworkbench.render.figure.VectorFieldSeries;
import org.dynamicsworkbench.render.figure.XYData;
import org.dynamicsworkbench.render.gl.Frame;

/**
 * Paints one series in a panel's plot area. Lines become one path per series (points closer than
 * {@value #MIN_STEP_PT} pt to the last kept one are dropped, which keeps SVG and PDF small without a visible
 * change); scatter markers one path; heat maps and raster images one embedded image each.
 */
final class SeriesPainter {
    static final double MIN_STEP_PT = 0.2;
    /** Heat-map cells are drawn at least this many image pixels wide so viewers' smoothing stays at cell edges. */
    private static final int TARGET_IMAGE_SIDE = 600;

    private SeriesPainter() {
    }

    static void paint(Graphics2D g, Series series, AxisMapping x, AxisMapping y) {
        if (series instanceof LineSeries s) {
            line(g, s, x, y);
        } else if (series instanceof ScatterSeries s) {
            scatter(g, s, x, y);
        } else if (series instanceof BarSeries s) {
            bars(g, s, x, y);
        } else if (series instanceof HeatMapSeries s) {
            heatMap(g, s, x, y);
        } else if (series instanceof ContourSeries s) {
            contour(g, s, x, y);
        } else if (series instanceof VectorFieldSeries s) {
            vectors(g, s, x, y);
        } else if (series instanceof AreaSeries s) {
            area(g, s, x, y);
        } else if (series instanceof ImageSeries s) {
            image(g, s.image(), x, y, s.x().min(), s.x().max(), s.y().min(), s.y().max(), true);
        } else {
            throw new IllegalArgumentException("no painter for series type " + series.getClass().getName());
        }
    }

    static Color color(int argb) {
        return new Color(argb, true);
    }

    private static void line(Graphics2D g, LineSeries s, AxisMapping x, AxisMapping y) {
        g.setColor(color(s.argb()));
        g.setStroke(new BasicStroke((float) s.widthPt(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(polyline(s.data(), x, y));
    }

    static Path2D polyline(XYData d, AxisMapping x, AxisMapping y) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, Math.min(d.size(), 1 << 16));
        boolean down = false;
        double lastX = 0;
        double lastY = 0;
        boolean skipped = false;
        double skippedX = 0;
        double skippedY = 0;
        for (int i = 0; i < d.size(); i++) {
            double px = x.toPosition(d.x(i));
            double py = y.toPosition(d.y(i));
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                if (skipped) {
                    path.lineTo(skippedX, skippedY);
                }
                down = false;
                skipped = false;
                continue;
            }
            if (!down) {
                path.moveTo(px, py);
                down = true;
                lastX = px;
                lastY = py;
            } else if (Math.abs(px - lastX) < MIN_STEP_PT && Math.abs(py - lastY) < MIN_STEP_PT) {
                skipped = true;
                skippedX = px;
                skippedY = py;
            } else {
                path.lineTo(px, py);
                lastX = px;
                lastY = py;
                skipped = false;
            }
        }
        if (skipped) {
            path.lineTo(skippedX, skippedY);
        }
        return path;
    }

    private static void area(Graphics2D g, AreaSeries s, AxisMapping x, AxisMapping y) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, s.size());
        boolean started = false;
        for (int i = 0; i < s.size(); i++) {
            double px = x.toPosition(s.x(i));
            double py = y.toPosition(s.y(i));
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                continue;
            }
            if (started) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                started = true;
            }
        }
        if (!started) {
            return;
        }
        path.closePath();
        g.setColor(color(s.argb()));
        g.fill(path);
    }

    private static void scatter(Graphics2D g, ScatterSeries s, AxisMapping x, AxisMapping y) {
        double r = s.markerPt() / 2;
        Path2D.Double path = new Path2D.Double();
        XYData d = s.data();
        for (int i = 0; i < d.size(); i++) {
            double px = x.toPosition(d.x(i));
            double py = y.toPosition(d.y(i));
            if (Double.isFinite(px) && Double.isFinite(py)) {
                path.append(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r), false);
            }
        }
        g.setColor(color(s.argb()));
        g.fill(path);
    }

    private static void bars(Graphics2D g, BarSeries s, AxisMapping x, AxisMapping y) {
        double base = y.scale() == AxisScale.LOG ? y.range().min() : 0;
        double pBase = y.toPosition(base);
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < s.size(); i++) {
            double p0 = x.toPosition(s.x(i) - s.barWidth() / 2);
            double p1 = x.toPosition(s.x(i) + s.barWidth() / 2);
            double ph = y.toPosition(s.height(i));
            if (Double.isFinite(p0) && Double.isFinite(p1) && Double.isFinite(ph)) {
                path.append(new Rectangle2D.Double(Math.min(p0, p1), Math.min(ph, pBase), Math.abs(p1 - p0),
                        Math.abs(pBase - ph)), false);
            }
        }
        g.setColor(color(s.argb()));
        g.fill(path);
    }

    private static void heatMap(Graphics2D g, HeatMapSeries s, AxisMapping x, AxisMapping y) {
        Grid2D grid = s.grid();
        ColorScale scale = s.scale();
        if (x.scale() == AxisScale.LINEAR && y.scale() == AxisScale.LINEAR && uniform(grid.x()) && uniform(grid.y())) {
            int nx = grid.nx();
            int ny = grid.ny();
            int k = Math.max(1, Math.min(16, TARGET_IMAGE_SIDE / Math.max(nx, ny)));
            int[] argb = new int[nx * k * ny * k];
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int c = scale.argb(grid.value(i, j));
                    for (int dy = 0; dy < k; dy++) {
                        int row = ((ny - 1 - j) * k + dy) * nx * k;
                        java.util.Arrays.fill(argb, row + i * k, row + (i + 1) * k, c);
                    }
                }
            }
            double hx = nx > 1 ? (grid.x(1) - grid.x(0)) / 2 : 0.5;
            double hy = ny > 1 ? (grid.y(1) - grid.y(0)) / 2 : 0.5;
            image(g, new Frame(nx * k, ny * k, argb), x, y, grid.x(0) - hx, grid.x(nx - 1) + hx, grid.y(0) - hy,
                    grid.y(ny - 1) + hy, false);
            return;
        }
        // non-uniform grid or log axis: one rectangle per cell, bounded by the midpoints between grid points
        for (int j = 0; j < grid.ny(); j++) {
            double y0 = y.toPosition(cellEdge(grid.y(), j, false));
            double y1 = y.toPosition(cellEdge(grid.y(), j, true));
            for (int i = 0; i < grid.nx(); i++) {
                double x0 = x.toPosition(cellEdge(grid.x(), i, false));
                double x1 = x.toPosition(cellEdge(grid.x(), i, true));
                int c = scale.argb(grid.value(i, j));
                if (c != 0 && Double.isFinite(x0 + x1 + y0 + y1)) {
                    g.setColor(color(c));
                    g.fill(new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)));
                }
            }
        }
    }

    private static double cellEdge(double[] c, int i, boolean upper) {
        if (c.length == 1) {
            return c[0] + (upper ? 0.5 : -0.5);
        }
        if (upper) {
            return i + 1 < c.length ? (c[i] + c[i + 1]) / 2 : c[i] + (c[i] - c[i - 1]) / 2;
        }
        return i > 0 ? (c[i - 1] + c[i]) / 2 : c[0] - (c[1] - c[0]) / 2;
    }

    private static boolean uniform(double[] c) {
        if (c.length < 3) {
            return true;
        }
        double step = (c[c.length - 1] - c[0]) / (c.length - 1);
        for (int i = 1; i < c.length; i++) {
            if (Math.abs(c[i] - c[i - 1] - step) > 1e-6 * Math.abs(step)) {
                return false;
            }
        }
        return true;
    }

    private static void contour(Graphics2D g, ContourSeries s, AxisMapping x, AxisMapping y) {
        g.setStroke(new BasicStroke((float) s.widthPt(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (double level : s.levels()) {
            double[] seg = ContourTracer.segments(s.grid(), level);
            Path2D.Double path = new Path2D.Double();
            for (int k = 0; k < seg.length; k += 4) {
                double ax = x.toPosition(seg[k]);
                double ay = y.toPosition(seg[k + 1]);
                double bx = x.toPosition(seg[k + 2]);
                double by = y.toPosition(seg[k + 3]);
                if (Double.isFinite(ax + ay + bx + by)) {
                    path.moveTo(ax, ay);
                    path.lineTo(bx, by);
                }
            }
            g.setColor(color(s.colors().argb(level)));
            g.draw(path);
        }
    }

    private static void vectors(Graphics2D g, VectorFieldSeries s, AxisMapping x, AxisMapping y) {
        double scale = s.arrowScale();
        Path2D.Double shafts = new Path2D.Double();
        Path2D.Double heads = new Path2D.Double();
        Grid2D u = s.u();
        Grid2D v = s.v();
        for (int j = 0; j < u.ny(); j++) {
            for (int i = 0; i < u.nx(); i++) {
                double du = u.value(i, j) * scale;
                double dv = v.value(i, j) * scale;
                double x0 = x.toPosition(u.x(i));
                double y0 = y.toPosition(u.y(j));
                double x1 = x.toPosition(u.x(i) + du);
                double y1 = y.toPosition(u.y(j) + dv);
                double len = Math.hypot(x1 - x0, y1 - y0);
                if (!Double.isFinite(len) || len < 1e-6) {
                    continue;
                }
                shafts.moveTo(x0, y0);
                shafts.lineTo(x1, y1);
                double head = Math.min(0.35 * len, 4);
                double ux = (x1 - x0) / len;
                double uy = (y1 - y0) / len;
                heads.moveTo(x1, y1);
                heads.lineTo(x1 - head * ux + 0.45 * head * uy, y1 - head * uy - 0.45 * head * ux);
                heads.lineTo(x1 - head * ux - 0.45 * head * uy, y1 - head * uy + 0.45 * head * ux);
                heads.closePath();
            }
        }
        g.setColor(color(s.argb()));
        g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(shafts);
        g.fill(heads);
    }

    /**
     * Draws {@code frame} stretched over the data rectangle {@code [x0, x1] x [y0, y1]}, bilinear when
     * {@code smooth}, else nearest neighbour.
     */
    private static void image(Graphics2D g, Frame frame, AxisMapping x, AxisMapping y, double x0, double x1,
                              double y0, double y1, boolean smooth) {
        double px0 = x.toPosition(x0);
        double px1 = x.toPosition(x1);
        double py0 = y.toPosition(y1);
        double py1 = y.toPosition(y0);
        if (!Double.isFinite(px0 + px1 + py0 + py1)) {
            return;
        }
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, frame.width(), frame.height(), frame.argb(), 0, frame.width());
        AffineTransform at = new AffineTransform();
        at.translate(px0, py0);
        at.scale((px1 - px0) / frame.width(), (py1 - py0) / frame.height());
        Object saved = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, smooth
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, at, null);
        if (saved != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, saved);
        }
    }
}
