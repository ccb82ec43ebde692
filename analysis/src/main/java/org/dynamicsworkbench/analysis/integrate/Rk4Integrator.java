package org.dynamicsworkbench.analysis.integrate;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.analysis.task.StepMonitor;

/**
 * Classical fixed-step fourth-order Runge-Kutta for flows, sampling every step from t = 0. Writes the
 * states straight into the trajectory's flat array; no allocation per step. Stateless and thread-safe.
 *
 * <p>Three-dimensional flows (most of the catalog) take a dedicated loop that keeps the state in locals and
 * uses stage arrays local to the call: once the JIT inlines the system's {@code rhs}, it keeps those arrays
 * in registers, which halves the time per step against the general loop (see the {@code bench} command).
 */
public final class Rk4Integrator implements Integrator {

    @Override
    public Trajectory integrate(DynamicalSystem system, double[] parameters, double[] x0, double dt, int steps,
                                ProgressListener progress, CancellationToken cancel) {
        IntegrationInput.validate(system, SystemKind.FLOW, parameters, x0, dt, steps);
        int d = system.dimension();
        double[] p = parameters.clone();
        if (d == 3) {
            return integrate3(system, p, x0, dt, steps, 1, new StepMonitor(steps, progress, cancel));
        }
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

    /**
     * Samples spaced {@code dt}, each reached by {@code substeps} RK4 steps of dt / substeps: a display or
     * sampling interval coarser than the step the system needs (the explorer samples a hundredth of a period,
     * the catalog dt is typically a five-thousandth). Returns {@code steps + 1} states; no allocation per step.
     *
     * @param substeps RK4 steps per sample, >= 1 (1 is {@link #integrate(DynamicalSystem, double[], double[],
     *                 double, int, ProgressListener, CancellationToken)})
     */
    public Trajectory integrate(DynamicalSystem system, double[] parameters, double[] x0, double dt, int steps,
                                int substeps, ProgressListener progress, CancellationToken cancel) {
        if (substeps < 1) {
            throw new IllegalArgumentException(system.name() + ": substeps must be >= 1, got " + substeps);
        }
        if (substeps == 1) {
            return integrate(system, parameters, x0, dt, steps, progress, cancel);
        }
        IntegrationInput.validate(system, SystemKind.FLOW, parameters, x0, dt, steps);
        int d = system.dimension();
        double[] p = parameters.clone();
        if (d == 3) {
            return integrate3(system, p, x0, dt, steps, substeps, new StepMonitor(steps, progress, cancel));
        }
        double[] x = x0.clone();
        double h = dt / substeps;
        double[] states = new double[(steps + 1) * d];
        System.arraycopy(x, 0, states, 0, d);
        Rk4Step stepper = new Rk4Step(d);
        StepMonitor monitor = new StepMonitor(steps, progress, cancel);
        int n = 0;
        while (n < steps) {
            int end = (int) monitor.chunkEnd(n);
            for (; n < end; n++) {
                long first = (long) n * substeps;
                for (int s = 0; s < substeps; s++) {
                    stepper.advance(system, p, x, (first + s) * h, h);
                }
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

    /**
     * The same classical RK4 as {@link Rk4Step}, written out for d = 3 (identical arithmetic, same order), with
     * {@code substeps} steps of dt / substeps per stored sample.
     */
    private static Trajectory integrate3(DynamicalSystem system, double[] p, double[] x0, double dt, int steps,
                                         int substeps, StepMonitor monitor) {
        double h = dt / substeps;
        double[] states = new double[(steps + 1) * 3];
        double[] k1 = new double[3];
        double[] k2 = new double[3];
        double[] k3 = new double[3];
        double[] k4 = new double[3];
        double[] stage = new double[3];
        double x = x0[0];
        double y = x0[1];
        double z = x0[2];
        states[0] = x;
        states[1] = y;
        states[2] = z;
        double half = 0.5 * h;
        double sixth = h / 6.0;
        int n = 0;
        while (n < steps) {
            int end = (int) monitor.chunkEnd(n);
            for (; n < end; n++) {
                for (int sub = 0; sub < substeps; sub++) {
                    double t = ((long) n * substeps + sub) * h;
                    stage[0] = x;
                    stage[1] = y;
                    stage[2] = z;
                    system.rhs(stage, t, p, k1);
                    stage[0] = x + half * k1[0];
                    stage[1] = y + half * k1[1];
                    stage[2] = z + half * k1[2];
                    system.rhs(stage, t + half, p, k2);
                    stage[0] = x + half * k2[0];
                    stage[1] = y + half * k2[1];
                    stage[2] = z + half * k2[2];
                    system.rhs(stage, t + half, p, k3);
                    stage[0] = x + h * k3[0];
                    stage[1] = y + h * k3[1];
                    stage[2] = z + h * k3[2];
                    system.rhs(stage, t + h, p, k4);
                    x += sixth * (k1[0] + 2.0 * (k2[0] + k3[0]) + k4[0]);
                    y += sixth * (k1[1] + 2.0 * (k2[1] + k3[1]) + k4[1]);
                    z += sixth * (k1[2] + 2.0 * (k2[2] + k3[2]) + k4[2]);
                }
                if (!(Math.abs(x) <= DivergenceCheck.LIMIT && Math.abs(y) <= DivergenceCheck.LIMIT
                        && Math.abs(z) <= DivergenceCheck.LIMIT)) {
                    throw DivergenceException.of(system.name(), n + 1, (n + 1) * dt, new double[] {x, y, z}, 0, 3);
                }
                int base = 3 * (n + 1);
                states[base] = x;
                states[base + 1] = y;
                states[base + 2] = z;
            }
            monitor.checkpoint(n);
        }
        monitor.done();
        return Trajectory.wrap(3, 0.0, dt, states);
    }

    @Override
    public String toString() {
        return "RK4";
    }
}
