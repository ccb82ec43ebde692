package org.dynamicsworkbench.analysis.integrate;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.analysis.task.StepMonitor;

/**
 * Iterates a map x_{n+1} = f(x_n): {@code steps} iterations, {@code dt} ignored, the trajectory's time
 * step is 1 and the time passed to the map is the iteration number. Stateless and thread-safe.
 */
public final class MapIterator implements Integrator {

    @Override
    public Trajectory integrate(DynamicalSystem system, double[] parameters, double[] x0, double dt, int steps,
                                ProgressListener progress, CancellationToken cancel) {
        IntegrationInput.validate(system, SystemKind.MAP, parameters, x0, dt, steps);
        int d = system.dimension();
        double[] p = parameters.clone();
        double[] x = x0.clone();
        double[] next = new double[d];
        double[] states = new double[(steps + 1) * d];
        System.arraycopy(x, 0, states, 0, d);
        StepMonitor monitor = new StepMonitor(steps, progress, cancel);
        int n = 0;
        while (n < steps) {
            int end = (int) monitor.chunkEnd(n);
            for (; n < end; n++) {
                system.rhs(x, n, p, next);
                if (DivergenceCheck.isDiverged(next, 0, d)) {
                    throw DivergenceException.of(system.name(), n + 1, n + 1, next, 0, d);
                }
                System.arraycopy(next, 0, states, (n + 1) * d, d);
                double[] swap = x;
                x = next;
                next = swap;
            }
            monitor.checkpoint(n);
        }
        monitor.done();
        return Trajectory.wrap(d, 0.0, 1.0, states);
    }

    @Override
    public String toString() {
        return "map iteration";
    }
}
