package org.dynamicsworkbench.plugins.explorer;

import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.render.scene.Curve3D;

/**
 * Integrates an {@link ExplorerState} into the curve the 3D view draws. Systems of three or more
 * dimensions show their first three components; a 2-D system is drawn in the plane z = 0 and a 1-D map
 * as its delay embedding (x_n, x_{n+1}, 0) (see {@link Curve3D#of}). Toolkit-free; runs off the FX thread.
 */
final class TrajectoryCurves {

    private TrajectoryCurves() {
    }

    /**
     * @throws org.dynamicsworkbench.analysis.integrate.DivergenceException when the state becomes non-finite
     * @throws org.dynamicsworkbench.analysis.task.CancelledException when cancelled
     */
    static Curve3D integrate(ExplorerState state, ProgressListener progress, CancellationToken cancel) {
        DynamicalSystem system = state.system();
        double dt = system.kind() == SystemKind.MAP ? 1.0 : state.dt();
        Trajectory trajectory = state.method().forSystem(system).integrate(system, state.parameters(),
                state.initialCondition(), dt, state.steps(), progress, cancel);
        cancel.throwIfCancelled();
        return curveOf(trajectory);
    }

    /** The curve of a trajectory of any dimension, as described above. */
    static Curve3D curveOf(Trajectory trajectory) {
        return switch (trajectory.dimension()) {
            case 1 -> Curve3D.of(trajectory, 0, 0, 0);
            case 2 -> Curve3D.of(inPlane(trajectory), 0, 1, 2);
            default -> Curve3D.of(trajectory, 0, 1, 2);
        };
    }

    /** Whether the curve of a system of this dimension lies in the plane z = 0. */
    static boolean isPlanar(int dimension) {
        return dimension < 3;
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
