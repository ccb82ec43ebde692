package org.dynamicsworkbench.plugins.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovResult;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.Guide;
import org.dynamicsworkbench.render.figure.ImageSeries;
import org.dynamicsworkbench.render.figure.LegendPosition;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Palette;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.Range;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.Series;
import org.dynamicsworkbench.render.figure.XYData;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.gl.RenderException;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * The explorer's figures, toolkit-free (the window shows them in {@code FigureView}s, the command line exports
 * them headless): the time series of each coordinate (one panel per coordinate over a shared time axis), the 2D
 * projections x-y, x-z and y-z, the Lyapunov convergence plot (running estimates of every exponent against time),
 * and the 3D view as an embedded raster inside vector axes. Series carry the trajectory's times, so a linked
 * cursor marks the same instant in all of them.
 */
final class ExplorerFigures {
    static final String VIEW_3D = "explorer.3d";
    static final String TIME_SERIES = "explorer.timeseries";
    static final String PROJECTIONS = "explorer.projections";
    static final String LYAPUNOV = "explorer.lyapunov";

    static final FigureSize VIEW_3D_SIZE = FigureSize.millimetres(120, 90);
    static final FigureSize TIME_SERIES_SIZE = FigureSize.millimetres(120, 90);
    static final FigureSize PROJECTIONS_SIZE = FigureSize.millimetres(183, 61);
    static final FigureSize LYAPUNOV_SIZE = FigureSize.millimetres(120, 75);

    /** Coordinates past this many get no time-series panel (a figure of more is unreadable at column width). */
    static final int MAX_TIME_SERIES_PANELS = 8;
    /** Series are thinned by a constant stride to at most this many points (the painters drop sub-0.2 pt steps anyway). */
    static final int MAX_POINTS = 200_000;
    /** Largest side of the offscreen render embedded in the 3D figure. */
    static final int MAX_RASTER_SIDE = GlRenderer.MAX_SIZE;

    private static final double TIME_SERIES_LINE_PT = 0.6;
    private static final double PROJECTION_LINE_PT = 0.2;
    private static final double MAP_MARKER_PT = 1.0;
    private static final double LYAPUNOV_LINE_PT = 1.0;

    private ExplorerFigures() {
    }

    /** The label of coordinate {@code index} of a {@code dimension}-dimensional system: x, y, z, or x_1 ... x_d. */
    static String coordinateLabel(int index, int dimension) {
        return dimension <= 3 ? String.valueOf("xyz".charAt(index)) : "x_{" + (index + 1) + "}";
    }

    /** One panel per coordinate (the first {@value #MAX_TIME_SERIES_PANELS}), stacked over the same time axis. */
    static Figure timeSeries(ExplorerState state, Trajectory trajectory, FigureSize size) {
        boolean map = isMap(state);
        int dimension = trajectory.dimension();
        int panels = Math.min(dimension, MAX_TIME_SERIES_PANELS);
        int stride = stride(trajectory.length());
        double[] t = times(trajectory, stride);
        List<Panel> list = new ArrayList<>();
        for (int c = 0; c < panels; c++) {
            XYData data = XYData.timeSeries(t, component(trajectory, c, stride));
            Series series = map ? new ScatterSeries("ts-" + c, coordinateLabel(c, dimension), data, Palette.category(c), MAP_MARKER_PT)
                    : new LineSeries("ts-" + c, coordinateLabel(c, dimension), data, Palette.category(c), TIME_SERIES_LINE_PT);
            String xLabel = c == panels - 1 ? timeLabel(map) : "";
            list.add(Panel.of("coordinate-" + c, Axis.linear(xLabel), Axis.linear(coordinateLabel(c, dimension)), series));
        }
        String title = state.systemName() + ": time series" + (dimension > panels
                ? " of the first " + panels + " of " + dimension + " coordinates" : "");
        return new Figure(TIME_SERIES, title, list, 1, size);
    }

    /** x-y, x-z and y-z for three or more dimensions; x-y in 2D; (x_n, x_{n+1}) for a 1-D map. */
    static Figure projections(ExplorerState state, Trajectory trajectory, FigureSize size) {
        int dimension = trajectory.dimension();
        int stride = stride(trajectory.length());
        double[] t = times(trajectory, stride);
        List<Panel> list = new ArrayList<>();
        if (dimension == 1) {
            double[] x = component(trajectory, 0, stride);
            int n = x.length - 1;
            double[] now = java.util.Arrays.copyOf(x, n);
            double[] next = java.util.Arrays.copyOfRange(x, 1, n + 1);
            XYData data = new XYData(now, next, java.util.Arrays.copyOf(t, n));
            list.add(Panel.of("delay", Axis.linear("x_n"), Axis.linear("x_{n+1}"), projectionSeries(state, "delay", data)));
        } else {
            int[][] pairs = dimension == 2 ? new int[][] {{0, 1}} : new int[][] {{0, 1}, {0, 2}, {1, 2}};
            for (int[] pair : pairs) {
                String name = coordinateId(pair[0]) + "-" + coordinateId(pair[1]);
                XYData data = new XYData(component(trajectory, pair[0], stride), component(trajectory, pair[1], stride), t);
                list.add(Panel.of(name, Axis.linear(coordinateLabel(pair[0], dimension)),
                        Axis.linear(coordinateLabel(pair[1], dimension)), projectionSeries(state, name, data)));
            }
        }
        return new Figure(PROJECTIONS, state.systemName() + ": projections", list, list.size(), size);
    }

    /** Running estimates of every exponent against the averaging time, labelled \lambda_1 ... with a zero line. */
    static Figure lyapunov(LyapunovSummary summary, FigureSize size) {
        LyapunovResult result = summary.result();
        double[] times = result.convergenceTimes();
        if (times.length == 0) {
            throw new IllegalArgumentException(summary.state().systemName() + ": the Lyapunov result has no convergence samples to plot");
        }
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < result.dimension(); i++) {
            double[] estimate = new double[times.length];
            for (int k = 0; k < times.length; k++) {
                estimate[k] = result.convergenceEstimate(k, i);
            }
            series.add(new LineSeries("lambda-" + (i + 1), "\\lambda_{" + (i + 1) + "}", XYData.of(times, estimate),
                    Palette.category(i), LYAPUNOV_LINE_PT));
        }
        boolean map = isMap(summary.state());
        String title = String.format(Locale.ROOT, "%s: Lyapunov spectrum (D_{KY} = %.3f)", summary.state().systemName(),
                result.kaplanYorkeDimension());
        Panel panel = new Panel("convergence", "", Axis.linear(map ? "iterations after the transient" : "t after the transient"),
                Axis.linear(map ? "\\lambda_i (per iteration)" : "\\lambda_i"), series, LegendPosition.UPPER_RIGHT, false,
                java.util.Set.of(Guide.ZERO_LINES));
        return new Figure(LYAPUNOV, title, List.of(panel), 1, size);
    }

    /**
     * The 3D view rendered offscreen at the figure's pixel size for {@code dpi} (each side at most
     * {@value #MAX_RASTER_SIDE}), embedded in a panel whose axes measure the image plane through the camera target
     * in model units, so the raster sits inside vector axes, labels and title.
     *
     * @throws RenderException when rendering fails
     */
    static Figure view3d(ExplorerState state, Scene3D scene, GlRenderer renderer, FigureSize size, double dpi)
            throws InterruptedException {
        double scale = Math.min(1.0, MAX_RASTER_SIDE / (double) Math.max(size.pixelWidth(dpi), size.pixelHeight(dpi)));
        int w = Math.max(1, (int) Math.round(size.pixelWidth(dpi) * scale));
        int h = Math.max(1, (int) Math.round(size.pixelHeight(dpi) * scale));
        Frame frame;
        try {
            frame = renderer.render(scene, w, h).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RenderException re ? re : new RenderException("rendering the 3D view failed: " + cause, cause);
        }
        return view3d(state, scene.camera(), frame, size);
    }

    /** The figure around an already rendered {@code frame} of a view through {@code camera}. */
    static Figure view3d(ExplorerState state, OrbitCamera camera, Frame frame, FigureSize size) {
        double halfHeight = camera.distance() * Math.tan(Math.toRadians(camera.fovDeg()) / 2);
        double halfWidth = halfHeight * frame.width() / frame.height();
        ImageSeries image = new ImageSeries("view", "", frame, new Range(-halfWidth, halfWidth), new Range(-halfHeight, halfHeight));
        Panel panel = new Panel("view", "", Axis.linear("horizontal, at the view centre"), Axis.linear("vertical, at the view centre"),
                List.of(image), LegendPosition.NONE, true, java.util.Set.of());
        String title = String.format(Locale.ROOT, "%s (yaw %.0f\\circ, pitch %.0f\\circ)", state.systemName(),
                camera.yawDeg(), camera.pitchDeg());
        return new Figure(VIEW_3D, title, List.of(panel), 1, size);
    }

    private static Series projectionSeries(ExplorerState state, String id, XYData data) {
        return isMap(state) ? new ScatterSeries(id, "", data, Palette.category(0), MAP_MARKER_PT)
                : new LineSeries(id, "", data, Palette.category(0), PROJECTION_LINE_PT);
    }

    private static boolean isMap(ExplorerState state) {
        return state.system().kind() == SystemKind.MAP;
    }

    private static String timeLabel(boolean map) {
        return map ? "n" : "t";
    }

    private static String coordinateId(int index) {
        return "c" + index;
    }

    /** The stride that leaves at most {@value #MAX_POINTS} of {@code length} points. */
    static int stride(int length) {
        return Math.max(1, (length + MAX_POINTS - 1) / MAX_POINTS);
    }

    private static double[] times(Trajectory trajectory, int stride) {
        double[] t = new double[(trajectory.length() + stride - 1) / stride];
        for (int k = 0; k < t.length; k++) {
            t[k] = trajectory.time(k * stride);
        }
        return t;
    }

    private static double[] component(Trajectory trajectory, int component, int stride) {
        double[] v = new double[(trajectory.length() + stride - 1) / stride];
        for (int k = 0; k < v.length; k++) {
            v[k] = trajectory.get(k * stride, component);
        }
        return v;
    }
}
