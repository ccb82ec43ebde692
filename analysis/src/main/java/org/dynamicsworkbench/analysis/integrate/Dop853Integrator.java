package org.dynamicsworkbench.analysis.integrate;

import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.analysis.task.StepMonitor;

/**
 * Adaptive Dormand-Prince 8(5,3) (commons-math3) for flows. The step size follows the tolerances; the
 * trajectory is sampled at exactly {@code i * dt} from the method's dense output. Immutable, thread-safe.
 */
public final class Dop853Integrator implements Integrator {
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-10;
    public static final double DEFAULT_ABSOLUTE_TOLERANCE = 1e-12;
    /** Accepted steps between cancellation polls (each step costs 12 evaluations of the equations). */
    private static final int POLL_STEPS = 64;

    private final double relativeTolerance;
    private final double absoluteTolerance;

    /** With relative tolerance 1e-10 and absolute tolerance 1e-12. */
    public Dop853Integrator() {
        this(DEFAULT_RELATIVE_TOLERANCE, DEFAULT_ABSOLUTE_TOLERANCE);
    }

    public Dop853Integrator(double relativeTolerance, double absoluteTolerance) {
        if (!(relativeTolerance > 0 && Double.isFinite(relativeTolerance))) {
            throw new IllegalArgumentException("relative tolerance must be a positive number, got " + relativeTolerance);
        }
        if (!(absoluteTolerance > 0 && Double.isFinite(absoluteTolerance))) {
            throw new IllegalArgumentException("absolute tolerance must be a positive number, got " + absoluteTolerance);
        }
        this.relativeTolerance = relativeTolerance;
        this.absoluteTolerance = absoluteTolerance;
    }

    public double relativeTolerance() {
        return relativeTolerance;
    }

    public double absoluteTolerance() {
        return absoluteTolerance;
    }

    @Override
    public Trajectory integrate(DynamicalSystem system, double[] parameters, double[] x0, double dt, int steps,
                                ProgressListener progress, CancellationToken cancel) {
        IntegrationInput.validate(system, SystemKind.FLOW, parameters, x0, dt, steps);
        int d = system.dimension();
        double[] states = new double[(steps + 1) * d];
        System.arraycopy(x0, 0, states, 0, d);
        StepMonitor monitor = new StepMonitor(steps, progress, cancel);
        if (steps > 0) {
            double end = steps * dt;
            Run run = new Run(system, parameters.clone(), dt, steps, states, monitor);
            DormandPrince853Integrator method = new DormandPrince853Integrator(1e-14 * Math.max(1.0, end), end,
                    absoluteTolerance, relativeTolerance);
            method.addStepHandler(run);
            try {
                method.integrate(run, 0.0, x0.clone(), end, new double[d]);
            } catch (NumberIsTooSmallException e) {
                throw new DivergenceException(system.name(), run.nextSample, run.lastTime,
                        "step size fell below " + e.getMin());
            }
        }
        monitor.done();
        return Trajectory.wrap(d, 0.0, dt, states);
    }

    @Override
    public String toString() {
        return "DOP853 (rtol " + relativeTolerance + ", atol " + absoluteTolerance + ")";
    }

    /** One run: the equations as commons-math sees them, and the step handler that samples dense output. */
    private static final class Run implements FirstOrderDifferentialEquations, StepHandler {
        private final DynamicalSystem system;
        private final double[] parameters;
        private final double dt;
        private final int steps;
        private final double[] states;
        private final StepMonitor monitor;
        private int nextSample = 1;
        private int acceptedSteps;
        private double lastTime;

        Run(DynamicalSystem system, double[] parameters, double dt, int steps, double[] states, StepMonitor monitor) {
            this.system = system;
            this.parameters = parameters;
            this.dt = dt;
            this.steps = steps;
            this.states = states;
            this.monitor = monitor;
        }

        @Override
        public int getDimension() {
            return system.dimension();
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] yDot) {
            system.rhs(y, t, parameters, yDot);
            if (DivergenceCheck.isDiverged(yDot, 0, yDot.length)) {
                throw new DivergenceException(system.name(), nextSample, t, "derivative became non-finite or huge");
            }
        }

        @Override
        public void init(double t0, double[] y0, double t) {
            // Nothing to prepare: the initial state is already stored as sample 0.
        }

        @Override
        public void handleStep(StepInterpolator interpolator, boolean isLast) {
            int d = system.dimension();
            double now = interpolator.getCurrentTime();
            lastTime = now;
            interpolator.setInterpolatedTime(now);
            double[] current = interpolator.getInterpolatedState();
            if (DivergenceCheck.isDiverged(current, 0, d)) {
                throw DivergenceException.of(system.name(), nextSample, now, current, 0, d);
            }
            while (nextSample <= steps && (isLast || nextSample * dt <= now)) {
                interpolator.setInterpolatedTime(nextSample * dt);
                double[] sample = interpolator.getInterpolatedState();
                if (DivergenceCheck.isDiverged(sample, 0, d)) {
                    throw DivergenceException.of(system.name(), nextSample, nextSample * dt, sample, 0, d);
                }
                System.arraycopy(sample, 0, states, nextSample * d, d);
                nextSample++;
            }
            if (++acceptedSteps % POLL_STEPS == 0 || isLast) {
                monitor.checkpoint(nextSample - 1);
            }
        }
    }
}
