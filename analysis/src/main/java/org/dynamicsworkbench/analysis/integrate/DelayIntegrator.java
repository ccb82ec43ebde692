package org.dynamicsworkbench.analysis.integrate;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.delay.DelayEquation;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.analysis.task.StepMonitor;

/**
 * Integrates a scalar delay equation x'(t) = f(x(t), x(t - tau)) from a constant history, as dysts does:
 * fixed-step RK4 on a grid of N = max({@value #MIN_STEPS_PER_DELAY}, ceil(tau / dt)) steps per delay
 * ({@link DelayRk4}), so the internal step is never larger than the sampling step dt, and samples every dt
 * read from the stored solution (exact at grid nodes, cubic Hermite between them).
 *
 * <p>As an {@link Integrator} it returns dysts' output: a delay embedding of the system's dimension
 * d with lags evenly spaced from 0 to tau, (x(t), x(t - tau/(d-1)), ..., x(t - tau)); the constant history
 * is the first value of {@code x0} (dysts' {@code ic[0]}); the other values are ignored. Stateless and
 * thread-safe.
 */
public final class DelayIntegrator implements Integrator {
    /** Fewest RK4 steps per delay, whatever the sampling step. */
    public static final int MIN_STEPS_PER_DELAY = 100;

    @Override
    public Trajectory integrate(DynamicalSystem system, double[] parameters, double[] x0, double dt, int steps,
                                ProgressListener progress, CancellationToken cancel) {
        IntegrationInput.validate(system, SystemKind.DELAY, parameters, x0, dt, steps);
        DelayEquation equation = asDelayEquation(system);
        int d = system.dimension();
        double tau = equation.delay(parameters);
        double lag = d > 1 ? tau / (d - 1) : 0.0;
        return embedding(equation, parameters, x0[0], dt, steps, d, lag, progress, cancel);
    }

    /**
     * The delay embedding (x(t), x(t - lag), ..., x(t - (dimension-1) lag)) at t = 0, dt, ..., steps dt,
     * from the constant history {@code history}; the explorer uses dimension 3 and lag tau.
     *
     * @throws DivergenceException on the first non-finite or huge value
     * @throws IllegalArgumentException naming the system and the bad argument
     */
    public Trajectory embedding(DelayEquation system, double[] parameters, double history, double dt, int steps,
                                int dimension, double lag, ProgressListener progress, CancellationToken cancel) {
        double[] x0 = new double[system.dimension()];
        x0[0] = history;
        IntegrationInput.validate(system, SystemKind.DELAY, parameters, x0, dt, steps);
        if (dimension < 1 || !(lag >= 0) || !Double.isFinite(lag)) {
            throw new IllegalArgumentException(system.name() + ": an embedding needs dimension >= 1 and a finite "
                    + "lag >= 0, got dimension " + dimension + ", lag " + lag);
        }
        if ((long) (steps + 1) * dimension > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(system.name() + ": " + steps + " steps of dimension " + dimension
                    + " do not fit in one array");
        }
        double[] p = parameters.clone();
        double tau = system.delay(p);
        DelayRk4 solver = new DelayRk4(system.name(), scalarField(system, p), new double[] {history}, tau,
                stepsPerDelay(tau, dt), Math.max(tau, (dimension - 1) * lag));
        double[] states = new double[(steps + 1) * dimension];
        StepMonitor monitor = new StepMonitor(steps, progress, cancel);
        sample(solver, 0, dt, dimension, lag, states);
        int n = 0;
        while (n < steps) {
            int end = (int) monitor.chunkEnd(n);
            for (; n < end; n++) {
                sample(solver, n + 1, dt, dimension, lag, states);
            }
            monitor.checkpoint(n);
        }
        monitor.done();
        return Trajectory.wrap(dimension, 0.0, dt, states);
    }

    /** Advances the solver to sample time k dt and writes the embedding there into row k of {@code states}. */
    private static void sample(DelayRk4 solver, int k, double dt, int dimension, double lag, double[] states) {
        double t = k * dt;
        long needed = (long) Math.ceil(t / solver.stepSize() - 1e-9);
        while (solver.steps() < needed) {
            solver.step();
        }
        DelayHistory past = solver.history();
        int base = k * dimension;
        for (int c = 0; c < dimension; c++) {
            states[base + c] = past.valueAt(0, t - c * lag);
        }
    }

    /** The scalar series x(t) at t = 0, dt, ..., steps dt (an embedding of dimension 1). */
    public Trajectory series(DelayEquation system, double[] parameters, double history, double dt, int steps) {
        return embedding(system, parameters, history, dt, steps, 1, 0.0, ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    /** N = max({@value #MIN_STEPS_PER_DELAY}, ceil(tau / dt)): the grid step tau / N is at most dt. */
    public static int stepsPerDelay(double tau, double dt) {
        double ratio = Math.ceil(tau / dt - 1e-9);
        if (!(ratio < Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("delay " + tau + " over step " + dt + " is too many steps per delay");
        }
        return Math.max(MIN_STEPS_PER_DELAY, (int) ratio);
    }

    /** The system as a delay equation, or an error naming it. */
    public static DelayEquation asDelayEquation(DynamicalSystem system) {
        if (system instanceof DelayEquation equation) {
            return equation;
        }
        throw new IllegalArgumentException(system.name() + " is a " + system.kind().label()
                + ", not a delay equation");
    }

    private static DelayField scalarField(DelayEquation system, double[] p) {
        return (t, current, delayed, out) -> out[0] = system.derivative(current[0], delayed[0], p);
    }

    @Override
    public String toString() {
        return "delay RK4";
    }
}
