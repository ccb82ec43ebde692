package org.dynamicsworkbench.plugins.explorer;

import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.render.scene.Curve3D;
import org.dynamicsworkbench.render.scene.DrawMode;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * Turns an {@link ExplorerState} and its integrated curve into the {@link Scene3D} the view draws: the
 * state's colours, its camera or (when it has none) one fitted to the curve, lines for flows and points
 * for maps, the bounding box, a dark background. Toolkit-free: the command line's {@code render} draws
 * sessions through it too, so the file shows what the window shows.
 */
public final class SceneComposer {
    /** Dark blue-grey: the colour maps' dark ends stay visible against it. */
    static final int BACKGROUND_ARGB = 0xff14171c;
    /** A planar curve is looked at from straight above (as far as the orbit camera allows), x to the right. */
    private static final double TOP_VIEW_YAW_DEG = -90.0;

    private SceneComposer() {
    }

    /**
     * Integrates the state (off the FX thread) and composes its scene.
     *
     * @throws org.dynamicsworkbench.analysis.integrate.DivergenceException when the state becomes non-finite
     * @throws org.dynamicsworkbench.analysis.task.CancelledException when cancelled
     */
    public static Scene3D integrateAndCompose(ExplorerState state, ProgressListener progress,
                                              CancellationToken cancel) {
        return compose(state, TrajectoryCurves.integrate(state, progress, cancel));
    }

    static Scene3D compose(ExplorerState state, Curve3D curve) {
        OrbitCamera camera = state.camera() != null ? state.camera() : fittedCamera(state, curve);
        DrawMode mode = state.system().kind() == SystemKind.MAP ? DrawMode.POINTS : DrawMode.LINE;
        return new Scene3D(curve, state.colorBy(), state.colorMap(), camera, mode, true, BACKGROUND_ARGB);
    }

    /** The camera that shows the whole curve: the renderer's oblique default, or a top view for planar systems. */
    static OrbitCamera fittedCamera(ExplorerState state, Curve3D curve) {
        OrbitCamera fitted = OrbitCamera.fitting(curve.bounds());
        if (!TrajectoryCurves.isPlanar(state.system())) {
            return fitted;
        }
        return new OrbitCamera(TOP_VIEW_YAW_DEG, OrbitCamera.MAX_PITCH_DEG, fitted.distance(), fitted.targetX(),
                fitted.targetY(), fitted.targetZ(), fitted.fovDeg());
    }
}
