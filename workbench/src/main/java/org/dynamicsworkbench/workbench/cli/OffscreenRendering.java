package org.dynamicsworkbench.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.plugins.explorer.ExplorerState;
import org.dynamicsworkbench.render.export.PngExport;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.gl.RenderException;
import org.dynamicsworkbench.render.scene.Curve3D;
import org.dynamicsworkbench.render.scene.DrawMode;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * The GL side of {@code render}, kept in its own class so that only this command loads JOGL. Draws an
 * explorer state the way the explorer does: components 0, 1, 2 (a 2-D system in the plane z = 0, a 1-D
 * map as its delay embedding), the state's colours, and its camera or one fitted to the curve.
 */
final class OffscreenRendering {
    static final int MAX_SIZE = GlRenderer.MAX_SIZE;
    /** The explorer's background (dark blue-grey). */
    static final int BACKGROUND_ARGB = 0xff14171c;

    private OffscreenRendering() {
    }

    /** Integrates, renders and writes the PNG atomically. @return the number of points drawn */
    static int renderToPng(ExplorerState state, int width, int height, Path file, double dpi)
            throws IOException, InterruptedException {
        Scene3D scene = sceneOf(state);
        Frame frame;
        try (GlRenderer renderer = GlRenderer.start()) {
            frame = renderer.render(scene, width, height).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RenderException re ? re : new RenderException("rendering failed: " + cause, cause);
        }
        PngExport.write(frame, file, dpi);
        return scene.curve().pointCount();
    }

    /** The scene the explorer would show for {@code state}. */
    static Scene3D sceneOf(ExplorerState state) {
        DynamicalSystem system = state.system();
        double dt = system.kind() == SystemKind.MAP ? 1.0 : state.dt();
        Trajectory trajectory = state.method().forSystem(system)
                .integrate(system, state.parameters(), state.initialCondition(), dt, state.steps());
        Curve3D curve = curveOf(trajectory);
        OrbitCamera camera = state.camera() != null ? state.camera() : OrbitCamera.fitting(curve.bounds());
        return new Scene3D(curve, state.colorBy(), state.colorMap(), camera, DrawMode.LINE, true, BACKGROUND_ARGB);
    }

    static Curve3D curveOf(Trajectory trajectory) {
        return switch (trajectory.dimension()) {
            case 1 -> Curve3D.of(trajectory, 0, 0, 0);
            case 2 -> Curve3D.of(inPlane(trajectory), 0, 1, 2);
            default -> Curve3D.of(trajectory, 0, 1, 2);
        };
    }

    private static Trajectory inPlane(Trajectory planar) {
        int n = planar.length();
        double[] states = new double[3 * n];
        for (int i = 0; i < n; i++) {
            states[3 * i] = planar.get(i, 0);
            states[3 * i + 1] = planar.get(i, 1);
        }
        return Trajectory.of(3, planar.t0(), planar.dt(), states);
    }
}
