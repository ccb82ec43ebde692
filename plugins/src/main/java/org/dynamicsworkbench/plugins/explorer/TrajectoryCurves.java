package org.dynamicsworkbench.plugins.explorer;

import org.dynamicsworkbench.analysis.integrate.DelayIntegrator;
import org.dynamicsworkbench.analysis.integrate.DystsSampling;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Rk4Integrator;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.delay.DelayEquation;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.render.scene.Curve3D;

/**
 * Integrates an {@link ExplorerState} into the curve the 3D view draws.
 * <ul>
 *   <li>Flows with RK4 are sampled every {@code state.dt()} (the display step, a hundredth of a period by
 *       default) but integrated at sub-steps no larger than {@link
 *       org.dynamicsworkbench.analysis.system.SystemMetadata#rk4Step()} (ten catalog dt, at most a 50th of
 *       a period): {@link #substeps} = ceil(display dt / that step), typically 5. Stiff or fast-switching
 *       systems (AtmosphericRegime, JerkCircuit, the forced oscillators) blow up at the display step itself.
 *       The work is steps x substeps RK4 steps: 5 x 10^5 for the default 10^5 samples of Lorenz or Rossler,
 *       about 15 ms on the 2-core development machine (all 129 flows' defaults together: about 6 s).
 *       DOP853 chooses its own steps.</li>
 *   <li>Delay equations are drawn through the delay embedding (x(t), x(t - tau), x(t - 2 tau)).</li>
 *   <li>Systems of more than three dimensions show the state's {@link ExplorerState#coordinates()}; a 2-D
 *       system is drawn in the plane z = 0 and a 1-D map as its delay embedding (x_n, x_{n+1}, 0) (see
 *       {@link Curve3D#of}).</li>
 * </ul>
 * Toolkit-free; runs off the FX thread.
 */
final class TrajectoryCurves {
    private static final Rk4Integrator RK4 = new Rk4Integrator();
    private static final DelayIntegrator DELAY = new DelayIntegrator();

    private TrajectoryCurves() {
    }

    /**
     * @throws org.dynamicsworkbench.analysis.integrate.DivergenceException when the state becomes non-finite
     * @throws org.dynamicsworkbench.analysis.task.CancelledException when cancelled
     */
    static Curve3D integrate(ExplorerState state, ProgressListener progress, CancellationToken cancel) {
        DynamicalSystem system = state.system();
        Trajectory trajectory;
        if (system instanceof DelayEquation equation) {
            double[] p = state.parameters();
            trajectory = DELAY.embedding(equation, p, state.initialCondition()[0], state.dt(), state.steps(), 3,
                    equation.delay(p), progress, cancel);
        } else if (system.kind() == SystemKind.FLOW && state.method() == IntegrationMethod.RK4) {
            trajectory = RK4.integrate(system, state.parameters(), state.initialCondition(), state.dt(),
                    state.steps(), substeps(state), progress, cancel);
        } else {
            double dt = system.kind() == SystemKind.MAP ? 1.0 : state.dt();
            trajectory = state.method().forSystem(system).integrate(system, state.parameters(),
                    state.initialCondition(), dt, state.steps(), progress, cancel);
        }
        cancel.throwIfCancelled();
        return curveOf(trajectory, state.coordinates());
    }

    /** RK4 steps per displayed sample: the fewest that keep the step at most the system's {@code rk4Step()}. */
    static int substeps(ExplorerState state) {
        double maxStep = state.system().metadata().rk4Step();
        return maxStep > 0 ? DystsSampling.substeps(state.dt(), maxStep) : 1;
    }

    /** The curve of a trajectory of any dimension, as described above, with the first three coordinates. */
    static Curve3D curveOf(Trajectory trajectory) {
        return curveOf(trajectory, ExplorerState.DEFAULT_COORDINATES);
    }

    /** The curve of a trajectory; {@code coordinates} choose the axes of a trajectory of three or more. */
    static Curve3D curveOf(Trajectory trajectory, int[] coordinates) {
        return switch (trajectory.dimension()) {
            case 1 -> Curve3D.of(trajectory, 0, 0, 0);
            case 2 -> Curve3D.of(inPlane(trajectory), 0, 1, 2);
            default -> Curve3D.of(trajectory, coordinates[0], coordinates[1], coordinates[2]);
        };
    }

    /** Whether the curve of this system lies in the plane z = 0 (delay equations are drawn in 3D). */
    static boolean isPlanar(DynamicalSystem system) {
        return system.kind() != SystemKind.DELAY && system.dimension() < 3;
    }

    /** A 2-D trajectory with a third component of zeros. */
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
