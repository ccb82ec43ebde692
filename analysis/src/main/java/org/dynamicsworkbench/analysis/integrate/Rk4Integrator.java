package org.dynamicsworkbench.analysis.integrate;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.analysis.task.StepMonitor;

/**
 * Classical fixed-step fourth-order Runge-Kutta for flows, sampling every step from t = 0. Writes the
 * states straight into the trajectory's flat array; no allocation per step. Stateless and thread-safe.
 */
public final class Rk4Integrator implements Integrator {

    @Override
    public Trajectory integrate(DynamicalSystem system, double[] parameters, double[] x0, double dt, int steps,
                                ProgressListener progress, CancellationToken cancel) {
        IntegrationInput.validate(system, SystemKind.FLOW, parameters, x0, dt, steps);
        int d = system.dimension();
        double[] p = parameters.clone();
        double[] x = x0.clone();
        double[] states = new double[(steps + 1) * d];
        System.arraycopy(x, 0, states, 0, d);
        Rk4Step stepper = new Rk4Step(d);
        StepMonitor monitor = new StepMonitor(steps, progress, cancel);
        int n = 0;
        while (n < steps) {
            int end = (int) monitor.chunkEnd(n);
            for (; n < end; n++) {
                stepper.advance(system, p, x, n * dt, dt);
                int base = (n + 1) * d;
                for (int i = 0; i < d; i++) {
                    double v = x[i];
                    if (!(Math.abs(v) <= DivergenceCheck.LIMIT)) {
                        throw DivergenceException.of(system.name(), n + 1, (n + 1) * dt, x, 0, d);
                    }
                    states[base + i] = v;
                }
            }
            monitor.checkpoint(n);
        }
        monitor.done();
        return Trajectory.wrap(d, 0.0, dt, states);
    }

    @Override
    public String toString() {
        return "RK4";
    }
}
