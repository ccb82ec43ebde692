package org.dynamicsworkbench.analysis.lyapunov;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.integrate.DivergenceCheck;
import org.dynamicsworkbench.analysis.integrate.DivergenceException;
import org.dynamicsworkbench.analysis.integrate.Rk4Step;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.ParameterValues;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.analysis.task.StepMonitor;

/**
 * The full Lyapunov spectrum by the Benettin / QR method. After a discarded transient, the state and a
 * tangent matrix Y (Y = I at the start) are advanced together (flows: RK4 with the same stages for both;
 * maps: Y -> Df(x) Y); every k steps Y = QR with diag(R) > 0, ln R_jj is accumulated and Y is reset to Q.
 * The exponents are the accumulated sums divided by the measured time, sorted in descending order.
 * Stateless and thread-safe.
 */
public final class LyapunovSpectrum {
    /** Number of running-estimate samples kept for a convergence plot (at most). */
    public static final int CONVERGENCE_SAMPLES = 200;

    private LyapunovSpectrum() {
    }

    public static LyapunovResult compute(DynamicalSystem system, double[] parameters, double[] x0,
                                         LyapunovSettings settings) {
        return compute(system, parameters, x0, settings, ProgressListener.NONE, CancellationToken.NEVER);
    }

    /**
     * @throws DivergenceException if the state or a tangent vector becomes non-finite
     * @throws org.dynamicsworkbench.analysis.task.CancelledException when cancelled
     * @throws IllegalArgumentException if the parameters or the initial state do not fit the system, or a
     *                                  map is given a dt other than 1
     */
    public static LyapunovResult compute(DynamicalSystem system, double[] parameters, double[] x0,
                                         LyapunovSettings settings, ProgressListener progress,
                                         CancellationToken cancel) {
        validate(system, parameters, x0, settings);
        boolean flow = system.kind() == SystemKind.FLOW;
        int d = system.dimension();
        double dt = settings.dt();
        int transientSteps = settings.transientSteps();
        int steps = settings.measuredSteps();
        int interval = settings.reorthonormalizationInterval();
        double[] p = parameters.clone();
        double[] x = x0.clone();
        StepMonitor monitor = new StepMonitor((long) transientSteps + steps, progress, cancel);

        discardTransient(system, p, x, dt, transientSteps, monitor);
        double t0 = transientSteps * dt;

        double[] y = new double[d * d];
        for (int i = 0; i < d; i++) {
            y[i * d + i] = 1.0;
        }
        double[] logGrowth = new double[d];
        int reorthonormalizations = (steps + interval - 1) / interval;
        int sampleEvery = Math.max(1, (reorthonormalizations + CONVERGENCE_SAMPLES - 1) / CONVERGENCE_SAMPLES);
        double[] sampleTimes = new double[reorthonormalizations / sampleEvery + 1];
        double[] sampleEstimates = new double[sampleTimes.length * d];
        int samples = 0;
        int qrCount = 0;
        TangentDynamics tangent = new TangentDynamics(system, p);

        int n = 0;
        while (n < steps) {
            int end = (int) monitor.chunkEnd((long) transientSteps + n) - transientSteps;
            for (; n < end; n++) {
                double t = t0 + n * dt;
                if (flow) {
                    tangent.flowStep(x, y, t, dt);
                } else {
                    tangent.mapStep(x, y, t);
                }
                int done = n + 1;
                if (DivergenceCheck.isDiverged(x, 0, d)) {
                    throw DivergenceException.of(system.name(), transientSteps + done, t0 + done * dt, x, 0, d);
                }
                if (done % interval == 0 || done == steps) {
                    int bad = GramSchmidt.orthonormalize(y, d, logGrowth);
                    if (bad >= 0) {
                        throw new DivergenceException(system.name(), transientSteps + done, t0 + done * dt,
                                "tangent vector " + bad + " became zero or non-finite");
                    }
                    qrCount++;
                    if (qrCount % sampleEvery == 0 || done == steps) {
                        double elapsed = done * dt;
                        sampleTimes[samples] = elapsed;
                        int row = samples * d;
                        for (int i = 0; i < d; i++) {
                            sampleEstimates[row + i] = logGrowth[i] / elapsed;
                        }
                        sortDescending(sampleEstimates, row, d);
                        samples++;
                    }
                }
            }
            monitor.checkpoint((long) transientSteps + n);
        }
        monitor.done();

        double totalTime = steps * dt;
        double[] exponents = new double[d];
        for (int i = 0; i < d; i++) {
            exponents[i] = logGrowth[i] / totalTime;
        }
        sortDescending(exponents, 0, d);
        return new LyapunovResult(exponents, KaplanYorke.dimension(exponents), totalTime,
                Arrays.copyOf(sampleTimes, samples), Arrays.copyOf(sampleEstimates, samples * d));
    }

    private static void discardTransient(DynamicalSystem system, double[] p, double[] x, double dt, int steps,
                                         StepMonitor monitor) {
        int d = system.dimension();
        boolean flow = system.kind() == SystemKind.FLOW;
        Rk4Step stepper = flow ? new Rk4Step(d) : null;
        double[] next = flow ? null : new double[d];
        int n = 0;
        while (n < steps) {
            int end = (int) monitor.chunkEnd(n);
            for (; n < end; n++) {
                if (flow) {
                    stepper.advance(system, p, x, n * dt, dt);
                } else {
                    system.rhs(x, n, p, next);
                    System.arraycopy(next, 0, x, 0, d);
                }
                if (DivergenceCheck.isDiverged(x, 0, d)) {
                    throw DivergenceException.of(system.name(), n + 1, (n + 1) * dt, x, 0, d);
                }
            }
            monitor.checkpoint(n);
        }
    }

    private static void validate(DynamicalSystem system, double[] parameters, double[] x0, LyapunovSettings settings) {
        ParameterValues.requireValid(system, parameters);
        if (x0.length != system.dimension()) {
            throw new IllegalArgumentException(system.name() + ": initial state has " + x0.length
                    + " values, the system has dimension " + system.dimension());
        }
        if (DivergenceCheck.isDiverged(x0, 0, x0.length)) {
            throw new IllegalArgumentException(system.name() + ": initial state must be finite and below "
                    + DivergenceCheck.LIMIT + " in magnitude");
        }
        if (system.kind() == SystemKind.MAP && settings.dt() != 1.0) {
            throw new IllegalArgumentException(system.name() + " is a map: dt must be 1 (use LyapunovSettings.map), "
                    + "got " + settings.dt());
        }
    }

    /** Insertion sort of {@code a[from .. from + n)} into descending order; n is small (the dimension). */
    private static void sortDescending(double[] a, int from, int n) {
        for (int i = from + 1; i < from + n; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= from && a[j] < v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
