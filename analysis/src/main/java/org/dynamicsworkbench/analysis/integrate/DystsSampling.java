package org.dynamicsworkbench.analysis.integrate;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/**
 * dysts-style sampling ({@code make_trajectory(n, pts_per_period)}): n points spaced exactly
 * period / pointsPerPeriod (the catalog period), after a transient of whole periods. Flows are integrated by
 * RK4 at the largest step h <= the catalog dt that divides the spacing (spacing / ceil(spacing / dt)), and
 * every (spacing / h)-th state is kept; delay equations use the {@link DelayIntegrator} at that spacing
 * (whose grid step is also at most the catalog dt). Unlike dysts, which starts on the initial condition,
 * the transient is removed (0 periods reproduces dysts). Stateless.
 */
public final class DystsSampling {

    private DystsSampling() {
    }

    /**
     * @param n                number of points returned (>= 1)
     * @param pointsPerPeriod  samples per catalog period (> 0), e.g. 100 as in dysts
     * @param transientPeriods periods integrated and discarded first (>= 0)
     * @return n states at times transient + k * spacing (the trajectory's t0 and dt say which)
     * @throws IllegalArgumentException for a map, or a system without a catalog period and dt
     */
    public static Trajectory trajectory(DynamicalSystem system, double[] parameters, double[] x0, int n,
                                        double pointsPerPeriod, double transientPeriods) {
        SystemMetadata metadata = system.metadata();
        if (system.kind() == SystemKind.MAP) {
            throw new IllegalArgumentException(system.name() + " is a map: it has no period to sample");
        }
        if (!(metadata.period() > 0) || !(metadata.dt() > 0)) {
            throw new IllegalArgumentException(system.name() + ": the catalog lists no period and dt to sample by");
        }
        if (n < 1 || !(pointsPerPeriod > 0) || !Double.isFinite(pointsPerPeriod) || !(transientPeriods >= 0)
                || !Double.isFinite(transientPeriods)) {
            throw new IllegalArgumentException(system.name() + ": need n >= 1, points per period > 0 and transient "
                    + "periods >= 0, got " + n + ", " + pointsPerPeriod + ", " + transientPeriods);
        }
        double spacing = metadata.period() / pointsPerPeriod;
        int substeps = substeps(spacing, metadata.dt());
        int transientSamples = (int) Math.ceil(transientPeriods * pointsPerPeriod - 1e-9);
        if (system.kind() == SystemKind.DELAY) {
            Trajectory all = new DelayIntegrator().integrate(system, parameters, x0, spacing,
                    transientSamples + n - 1, ProgressListener.NONE, CancellationToken.NEVER);
            return tail(all, transientSamples, n, spacing);
        }
        IntegrationInput.validate(system, SystemKind.FLOW, parameters, x0, spacing, n);
        int d = system.dimension();
        double h = spacing / substeps;
        double[] p = parameters.clone();
        double[] x = x0.clone();
        Rk4Step stepper = new Rk4Step(d);
        long step = 0;
        for (long k = 0; k < (long) transientSamples * substeps; k++, step++) {
            stepper.advance(system, p, x, step * h, h);
            check(system, x, step + 1, h);
        }
        double[] states = new double[n * d];
        System.arraycopy(x, 0, states, 0, d);
        for (int i = 1; i < n; i++) {
            for (int s = 0; s < substeps; s++, step++) {
                stepper.advance(system, p, x, step * h, h);
                check(system, x, step + 1, h);
            }
            System.arraycopy(x, 0, states, i * d, d);
        }
        return Trajectory.wrap(d, transientSamples * spacing, spacing, states);
    }

    /** Integration steps per sample: the fewest that keep the step at most {@code maxStep}. */
    public static int substeps(double spacing, double maxStep) {
        return (int) Math.max(1, Math.ceil(spacing / maxStep - 1e-9));
    }

    private static void check(DynamicalSystem system, double[] x, long step, double h) {
        if (DivergenceCheck.isDiverged(x, 0, x.length)) {
            throw DivergenceException.of(system.name(), (int) Math.min(step, Integer.MAX_VALUE), step * h, x, 0,
                    x.length);
        }
    }

    private static Trajectory tail(Trajectory all, int from, int n, double spacing) {
        int d = all.dimension();
        double[] states = new double[n * d];
        double[] source = all.toArray();
        System.arraycopy(source, from * d, states, 0, n * d);
        return Trajectory.wrap(d, from * spacing, spacing, states);
    }
}
