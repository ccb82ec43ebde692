package org.dynamicsworkbench.plugins.alrnn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.dynamicsworkbench.analysis.alrnn.regions.Cycle;
import org.dynamicsworkbench.analysis.alrnn.regions.FixedPoint;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.ImageSeries;
import org.dynamicsworkbench.render.figure.LegendPosition;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.Range;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.gl.RenderException;
import org.dynamicsworkbench.render.scene.ColorBy;
import org.dynamicsworkbench.render.scene.ColorMap;
import org.dynamicsworkbench.render.scene.Curve3D;
import org.dynamicsworkbench.render.scene.DrawMode;
import org.dynamicsworkbench.render.scene.Marker3D;
import org.dynamicsworkbench.render.scene.MarkerStyle;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * The 3D scenes of a {@link ModelReading}: the model's free run coloured by subregion (its trajectory carries the
 * region's rank among the visited regions as an extra component, and colouring by that component on the turbo map
 * gives each region the colour {@link AlRnnFigures#regionArgb} gives it in the 2D figures), and the data beside it.
 * Curve point n is free-run step n, so a time on the symbol strip is a point index here. The model scene also marks
 * the real fixed points and the points of the cycles in the same observation coordinates, filled when stable
 * (spectral radius below 1), a ring when unstable, in their region's colour ({@link #UNVISITED_ARGB} for a region
 * the free run never enters).
 */
final class ModelScenes {
    static final int BACKGROUND_ARGB = 0xff14171c;
    /** Markers in regions the free run does not visit (they have no colour on the region map). */
    static final int UNVISITED_ARGB = 0xffd0d0d0;

    private ModelScenes() {
    }

    /** The free run in the first three observed coordinates, coloured by region. */
    static Scene3D model(ModelReading reading) {
        int n = reading.shape().observed();
        int steps = reading.steps();
        double[] observed = reading.observed();
        int[] symbols = reading.code().symbols();
        double[] states = new double[steps * (n + 1)];
        for (int t = 0; t < steps; t++) {
            System.arraycopy(observed, t * n, states, t * (n + 1), n);
            states[t * (n + 1) + n] = reading.code().rank(symbols[t]);
        }
        Curve3D curve = Curve3D.of(Trajectory.of(n + 1, 0, 1, states), 0, Math.min(1, n - 1), Math.min(2, n - 1));
        return new Scene3D(curve, ColorBy.component(n), AlRnnFigures.REGION_COLORS, OrbitCamera.fitting(curve.bounds()),
                DrawMode.LINE, true, BACKGROUND_ARGB).withMarkers(markers(reading));
    }

    /**
     * The real fixed points, then every point of every cycle, at the observed coordinates the free run is drawn in
     * (latent units 0, 1, 2; repeated for N below 3).
     */
    static List<Marker3D> markers(ModelReading reading) {
        List<Marker3D> markers = new ArrayList<>();
        for (FixedPoint f : reading.realFixedPoints()) {
            markers.add(marker(reading, f.point(), f.region(), f.eigenvalues().isStable()));
        }
        for (Cycle c : reading.cycles()) {
            int[] regions = c.regions();
            for (int i = 0; i < regions.length; i++) {
                markers.add(marker(reading, c.point(i), regions[i], c.eigenvalues().isStable()));
            }
        }
        return markers;
    }

    private static Marker3D marker(ModelReading reading, double[] latent, int region, boolean stable) {
        int n = reading.shape().observed();
        int rank = reading.code().rank(region);
        int argb = rank < 0 ? UNVISITED_ARGB : AlRnnFigures.regionArgb(rank, reading.code().visited().length);
        return new Marker3D(latent[0], latent[Math.min(1, n - 1)], latent[Math.min(2, n - 1)], argb,
                stable ? MarkerStyle.FILLED : MarkerStyle.RING);
    }

    /** The (standardised) data, coloured by speed (time over many periods is noise), through the model scene's camera. */
    static Scene3D data(ModelReading reading, OrbitCamera camera) {
        int n = reading.shape().observed();
        double[] data = reading.data();
        Curve3D curve = Curve3D.of(Trajectory.of(n, 0, 1, data), 0, Math.min(1, n - 1), Math.min(2, n - 1));
        return new Scene3D(curve, ColorBy.speed(), ColorMap.VIRIDIS, camera, DrawMode.LINE, true, BACKGROUND_ARGB);
    }

    /**
     * The model scene rendered offscreen at the figure's pixel size for {@code dpi}, inside vector axes.
     *
     * @throws RenderException when rendering fails
     */
    static Figure view3d(ModelReading reading, GlRenderer renderer, FigureSize size, double dpi)
            throws InterruptedException {
        Scene3D scene = model(reading);
        double scale = Math.min(1.0, GlRenderer.MAX_SIZE / (double) Math.max(size.pixelWidth(dpi), size.pixelHeight(dpi)));
        int w = Math.max(1, (int) Math.round(size.pixelWidth(dpi) * scale));
        int h = Math.max(1, (int) Math.round(size.pixelHeight(dpi) * scale));
        Frame frame;
        try {
            frame = renderer.render(scene, w, h).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RenderException re ? re : new RenderException("rendering the 3D view failed: " + cause, cause);
        }
        OrbitCamera camera = scene.camera();
        double halfHeight = camera.distance() * Math.tan(Math.toRadians(camera.fovDeg()) / 2);
        double halfWidth = halfHeight * frame.width() / frame.height();
        ImageSeries image = new ImageSeries("view", "", frame, new Range(-halfWidth, halfWidth), new Range(-halfHeight, halfHeight));
        Panel panel = new Panel("view", "", Axis.linear("horizontal, at the view centre"),
                Axis.linear("vertical, at the view centre"), List.of(image), LegendPosition.NONE, true, Set.of());
        String title = String.format(Locale.ROOT, "AL-RNN free run by subregion, fixed points, cycles (M=%d, P=%d, epoch %d)",
                reading.shape().latent(), reading.shape().piecewise(), reading.epoch());
        return new Figure(AlRnnFigures.VIEW_3D, title, List.of(panel), 1, size);
    }
}
