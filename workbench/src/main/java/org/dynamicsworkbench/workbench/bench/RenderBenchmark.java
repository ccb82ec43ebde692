package org.dynamicsworkbench.workbench.bench;

import java.util.concurrent.ExecutionException;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Integrator;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.explorer.ExplorerState;
import org.dynamicsworkbench.plugins.explorer.SceneComposer;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.gl.RenderException;
import org.dynamicsworkbench.render.scene.Curve3D;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * The benchmarks that need OpenGL (so a display): the slider round trip (integrate, build the curve,
 * upload it and render one frame, with a new trajectory every run so the upload really happens) and the
 * frame time of an already uploaded curve. Uses the renderer it is given; does not close it.
 */
public final class RenderBenchmark {
    private static volatile int sink;

    private final GlRenderer renderer;
    private final DynamicalSystem lorenz = SystemCatalog.builtin().require("Lorenz");
    private final Integrator rk4 = IntegrationMethod.RK4.forSystem(lorenz);

    public RenderBenchmark(GlRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * What the explorer does when a slider moves: its Lorenz default state with {@code sliderSteps} samples
     * (integrated at sub-steps, see the explorer's TrajectoryCurves) + Curve3D + upload + one frame, rho
     * nudged each run as a slider would.
     */
    public Timing sliderRoundTrip(BenchPlan plan) {
        ExplorerState start = ExplorerState.defaults(lorenz).withSteps(plan.sliderSteps());
        int[] run = {0};
        String name = "slider round trip: explorer Lorenz, " + IntegrationBenchmark.steps(plan.sliderSteps())
                + " samples + curve + upload + " + plan.width() + "x" + plan.height() + " frame"
                + (renderer.samples() > 1 ? "" : " (no MSAA)");
        return IntegrationBenchmark.measure(name, plan, () -> {
            ExplorerState state = start.withParameter("rho", 28.0 + 0.01 * (++run[0]));
            Scene3D scene = SceneComposer.integrateAndCompose(state, ProgressListener.NONE, CancellationToken.NEVER);
            Frame frame = await(renderer.render(scene, plan.width(), plan.height()));
            sink = frame.pixel(0, 0);
        });
    }

    /** Repeated renders of one uploaded curve of {@code framePoints} points. */
    public Timing frameTime(BenchPlan plan) {
        double[] p = IntegrationBenchmark.lorenzParameters(lorenz);
        Trajectory t = rk4.integrate(lorenz, p, IntegrationBenchmark.initialCondition(), 0.01, plan.framePoints() - 1);
        Scene3D scene = Scene3D.of(Curve3D.of(t, 0, 1, 2));
        await(renderer.render(scene, plan.width(), plan.height())); // uploads the curve
        String name = "frame time: " + IntegrationBenchmark.steps(plan.framePoints()) + " points at " + plan.width() + "x"
                + plan.height() + " (uploaded, " + (renderer.samples() > 1 ? renderer.samples() + "x MSAA" : "no MSAA") + ")";
        return IntegrationBenchmark.measure(name, plan, () -> {
            Frame frame = await(renderer.render(scene, plan.width(), plan.height()));
            sink = frame.pixel(0, 0);
        });
    }

    private static Frame await(java.util.concurrent.CompletableFuture<Frame> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while waiting for a frame", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RenderException re ? re : new RenderException("render failed: " + cause, cause);
        }
    }
}
