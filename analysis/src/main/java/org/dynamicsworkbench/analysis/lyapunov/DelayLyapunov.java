package org.dynamicsworkbench.analysis.lyapunov;

import org.dynamicsworkbench.analysis.integrate.DelayField;
import org.dynamicsworkbench.analysis.integrate.DelayIntegrator;
import org.dynamicsworkbench.analysis.integrate.DelayRk4;
import org.dynamicsworkbench.analysis.system.ParameterValues;
import org.dynamicsworkbench.analysis.system.delay.DelayEquation;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.analysis.task.StepMonitor;

/**
 * The largest Lyapunov exponent of a scalar delay equation x' = f(x, x_tau) (Farmer 1982, Physica D 4:366).
 * The phase space is the space of history segments on [t - tau, t]; a tangent segment d obeys the
 * variational equation d' = f_x d + f_xtau d(t - tau). It is integrated with the solution by the same RK4 on
 * the delay grid ({@link DelayRk4}, two components sharing every stage), and once per delay its segment is
 * renormalised to unit root-mean-square over the grid nodes of [t - tau, t]; the exponent is the mean
 * logarithmic growth per unit time after the transient. Only the largest exponent is computed, so the
 * result has one exponent and no Kaplan-Yorke dimension (NaN). Stateless and thread-safe.
 */
public final class DelayLyapunov {

    private DelayLyapunov() {
    }

    /**
     * @param history  the constant history of x (dysts: the first value of the initial embedding)
     * @param settings dt: the largest grid step (the grid has {@link DelayIntegrator#stepsPerDelay} steps per
     *                 delay); transient and total time; the reorthonormalisation interval is not used
     *                 (renormalisation is once per delay)
     * @throws org.dynamicsworkbench.analysis.integrate.DivergenceException if x or the tangent blows up
     */
    public static LyapunovResult largest(DelayEquation system, double[] parameters, double history,
                                         LyapunovSettings settings, ProgressListener progress,
                                         CancellationToken cancel) {
        ParameterValues.requireValid(system, parameters);
        if (!Double.isFinite(history)) {
            throw new IllegalArgumentException(system.name() + ": the history must be finite, got " + history);
        }
        double[] p = parameters.clone();
        double tau = system.delay(p);
        int perDelay = DelayIntegrator.stepsPerDelay(tau, settings.dt());
        DelayField variational = (t, current, delayed, out) -> {
            double x = current[0];
            double xd = delayed[0];
            out[0] = system.derivative(x, xd, p);
            out[1] = system.derivativeByCurrent(x, xd, p) * current[1]
                    + system.derivativeByDelayed(x, xd, p) * delayed[1];
        };
        DelayRk4 solver = new DelayRk4(system.name(), variational, new double[] {history, 1.0}, tau, perDelay, tau);
        long transientDelays = (long) Math.ceil(settings.transientTime() / tau);
        long measuredDelays = Math.max(1, (long) Math.ceil(settings.totalTime() / tau));
        StepMonitor monitor = new StepMonitor(transientDelays + measuredDelays, progress, cancel);
        long done = 0;
        double logGrowth = 0;
        int sampleEvery = (int) Math.max(1, (measuredDelays + LyapunovSpectrum.CONVERGENCE_SAMPLES - 1)
                / LyapunovSpectrum.CONVERGENCE_SAMPLES);
        double[] sampleTimes = new double[(int) (measuredDelays / sampleEvery)];
        double[] sampleEstimates = new double[sampleTimes.length];
        int samples = 0;
        while (done < transientDelays + measuredDelays) {
            long end = monitor.chunkEnd(done);
            for (; done < end; done++) {
                for (int i = 0; i < perDelay; i++) {
                    solver.step();
                }
                double norm = solver.rmsOverLastDelay(1);
                if (!(norm > 0) || !Double.isFinite(norm)) {
                    throw new IllegalStateException(system.name() + ": the tangent segment collapsed to norm "
                            + norm + " at t = " + solver.time());
                }
                solver.scale(1, 1.0 / norm);
                long measured = done + 1 - transientDelays;
                if (measured > 0) {
                    logGrowth += Math.log(norm);
                    if (measured % sampleEvery == 0 && samples < sampleTimes.length) {
                        sampleTimes[samples] = measured * tau;
                        sampleEstimates[samples] = logGrowth / (measured * tau);
                        samples++;
                    }
                }
            }
            monitor.checkpoint(done);
        }
        monitor.done();
        double totalTime = measuredDelays * tau;
        return new LyapunovResult(new double[] {logGrowth / totalTime}, Double.NaN, totalTime,
                java.util.Arrays.copyOf(sampleTimes, samples), java.util.Arrays.copyOf(sampleEstimates, samples));
    }
}
