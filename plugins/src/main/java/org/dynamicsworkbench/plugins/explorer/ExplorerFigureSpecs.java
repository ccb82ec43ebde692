package org.dynamicsworkbench.plugins.explorer;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovSettings;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovSpectrum;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * The explorer's four {@link FigureSpec}s for one state. What they need is computed at most once, on the thread
 * of the first builder that asks, unless it is given: the window passes the scene it shows and the Lyapunov
 * result it has; the command line passes nothing and the specs integrate the state and compute the spectrum with
 * the explorer's own settings ({@link LyapunovPlan}).
 */
final class ExplorerFigureSpecs {

    private ExplorerFigureSpecs() {
    }

    /** Specs that integrate {@code state} and compute its spectrum when first built (headless export). */
    static List<FigureSpec> of(ExplorerState state) {
        return of(state, null, null);
    }

    /**
     * @param scene    the scene of {@code state}'s trajectory, or {@code null} to integrate it when needed
     * @param lyapunov the spectrum of {@code state}, or {@code null} to compute it when needed
     */
    static List<FigureSpec> of(ExplorerState state, Scene3D scene, LyapunovSummary lyapunov) {
        Objects.requireNonNull(state, "state");
        Once<Scene3D> sceneOnce = new Once<>(scene, () -> SceneComposer.integrateAndCompose(state, ProgressListener.NONE,
                CancellationToken.NEVER));
        Once<LyapunovSummary> lyapunovOnce = new Once<>(lyapunov, () -> {
            LyapunovSettings settings = LyapunovPlan.settingsFor(state);
            return new LyapunovSummary(state, settings, LyapunovSpectrum.compute(state.system(), state.parameters(),
                    state.initialCondition(), settings, ProgressListener.NONE, CancellationToken.NEVER));
        });
        return List.of(
                new FigureSpec(ExplorerFigures.VIEW_3D, "3D view", ExplorerFigures.VIEW_3D_SIZE, true,
                        request -> ExplorerFigures.view3d(state, sceneOnce.get(), request.renderer(), request.size(), request.dpi())),
                new FigureSpec(ExplorerFigures.TIME_SERIES, "Time series", ExplorerFigures.TIME_SERIES_SIZE, false,
                        request -> ExplorerFigures.timeSeries(state, sceneOnce.get().curve().source(), request.size())),
                new FigureSpec(ExplorerFigures.PROJECTIONS, "Projections", ExplorerFigures.PROJECTIONS_SIZE, false,
                        request -> ExplorerFigures.projections(state, sceneOnce.get().curve().source(), request.size())),
                new FigureSpec(ExplorerFigures.LYAPUNOV, "Lyapunov convergence", ExplorerFigures.LYAPUNOV_SIZE, false,
                        request -> ExplorerFigures.lyapunov(lyapunovOnce.get(), request.size())));
    }

    /** A value given up front or computed by the first caller of {@link #get()}; a failure is not remembered. */
    private static final class Once<T> {
        private final Callable<T> compute;
        private T value;

        Once(T given, Callable<T> compute) {
            this.value = given;
            this.compute = compute;
        }

        synchronized T get() throws Exception {
            if (value == null) {
                value = compute.call();
            }
            return value;
        }
    }
}
