package org.dynamicsworkbench.analysis.integrate;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/**
 * Integrates a flow (or iterates a map) from {@code x0} for {@code steps} samples spaced {@code dt}
 * (ignored for maps), returning {@code steps + 1} states. Throws {@link DivergenceException} on the first
 * non-finite state and {@link org.dynamicsworkbench.analysis.task.CancelledException} when cancelled.
 * Stateless and thread-safe.
 */
public interface Integrator {

    Trajectory integrate(DynamicalSystem system, double[] parameters, double[] x0, double dt, int steps,
                         ProgressListener progress, CancellationToken cancel);

    default Trajectory integrate(DynamicalSystem system, double[] parameters, double[] x0, double dt, int steps) {
        return integrate(system, parameters, x0, dt, steps, ProgressListener.NONE, CancellationToken.NEVER);
    }
}
