package org.dynamicsworkbench.analysis.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynamicsworkbench.analysis.lyapunov.DelayLyapunov;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovSettings;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;
import org.dynamicsworkbench.analysis.system.delay.DelayEquation;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.junit.jupiter.api.Test;

/** The delay-equation integrator against solutions by the method of steps, its order, and Mackey-Glass. */
class DelayIntegratorTest {

    /** x' = -c x(t) + b x(t - tau), parameters (b, c, tau), a 3-value embedding. */
    private static final class LinearDelay extends DelayEquation {
        LinearDelay(double b, double c, double tau) {
            super(SystemMetadata.minimal("LinearDelay", SystemKind.DELAY, List.of("b", "c", "tau"),
                    new double[] {b, c, tau}, new double[] {1, 1, 1}, 0.01, 1), "b", "c", "tau");
        }

        @Override
        public double derivative(double x, double delayed, double[] p) {
            return -p[1] * x + p[0] * delayed;
        }

        @Override
        public double derivativeByCurrent(double x, double delayed, double[] p) {
            return -p[1];
        }

        @Override
        public double derivativeByDelayed(double x, double delayed, double[] p) {
            return p[0];
        }
    }

    private final DelayIntegrator integrator = new DelayIntegrator();

    /** x' = -x(t - 1), x = 1 on [-1, 0]: x = 1 - t on [0, 1], 1 - t + (t - 1)^2 / 2 on [1, 2], minus (t - 2)^3 / 6 on [2, 3]. */
    @Test
    void pureDelayMatchesTheMethodOfSteps() {
        LinearDelay system = new LinearDelay(-1, 0, 1);
        double dt = 0.01;
        Trajectory x = integrator.series(system, new double[] {-1, 0, 1}, 1.0, dt, 300);
        for (int k = 0; k <= 300; k++) {
            double t = k * dt;
            double expected = 1 - t;
            if (t > 1) {
                expected += (t - 1) * (t - 1) / 2;
            }
            if (t > 2) {
                expected -= Math.pow(t - 2, 3) / 6;
            }
            assertEquals(expected, x.get(k, 0), 1e-12, "t = " + t);
        }
    }

    /**
     * x' = -2 x(t) + x(t - 1), x = 1 before 0: x = 1/2 + e^{-2t}/2 on [0, 1] and
     * x = 1/4 + (1/4 + e^{-2}/2 + (t - 1)/2) e^{-2(t - 1)} on [1, 2]. Samples between grid nodes (dt = 0.03
     * against a grid of 1/N) come from the Hermite interpolant.
     */
    private static double exactDamped(double t) {
        if (t <= 1) {
            return 0.5 + 0.5 * Math.exp(-2 * t);
        }
        return 0.25 + (0.25 + 0.5 * Math.exp(-2) + (t - 1) / 2) * Math.exp(-2 * (t - 1));
    }

    @Test
    void dampedDelayIsAccurateBetweenNodesAndFourthOrder() {
        LinearDelay system = new LinearDelay(1, 2, 1);
        double[] p = {1, 2, 1};
        Trajectory coarse = integrator.series(system, p, 1.0, 0.03, 66);
        for (int k = 0; k <= 66; k++) {
            assertEquals(exactDamped(k * 0.03), coarse.get(k, 0), 1e-9, "t = " + k * 0.03);
        }
        double previous = Double.NaN;
        for (int n : new int[] {100, 200, 400}) {
            double error = Math.abs(integrator.series(system, p, 1.0, 1.0 / n, 2 * n).get(2 * n, 0) - exactDamped(2));
            if (!Double.isNaN(previous)) {
                double order = Math.log(previous / error) / Math.log(2);
                assertTrue(order > 3.7 && order < 4.3, "observed order " + order + " (error " + error + ")");
            }
            previous = error;
        }
    }

    @Test
    void embeddingHoldsLaggedCopiesOfTheSeries() {
        LinearDelay system = new LinearDelay(1, 2, 1);
        double[] p = {1, 2, 1};
        Trajectory series = integrator.series(system, p, 1.0, 0.01, 400);
        Trajectory embedding = integrator.embedding(system, p, 1.0, 0.01, 400, 3, 1.0, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(3, embedding.dimension());
        for (int k = 0; k <= 400; k++) {
            assertEquals(series.get(k, 0), embedding.get(k, 0), 1e-15);
            assertEquals(k >= 100 ? series.get(k - 100, 0) : 1.0, embedding.get(k, 1), 1e-12, "k = " + k);
            assertEquals(k >= 200 ? series.get(k - 200, 0) : 1.0, embedding.get(k, 2), 1e-12, "k = " + k);
        }
        // As an Integrator: the system's dimension (3) with lags 0, tau/2, tau, history from x0[0].
        Trajectory dysts = integrator.integrate(system, p, new double[] {1, 7, 7}, 0.01, 400);
        assertEquals(series.get(400, 0), dysts.get(400, 0), 1e-15);
        assertEquals(series.get(350, 0), dysts.get(400, 1), 1e-12);
        assertEquals(series.get(300, 0), dysts.get(400, 2), 1e-12);
    }

    @Test
    void mackeyGlassAtTau17StaysInItsRangeAndIsChaotic() {
        DelayEquation system = (DelayEquation) SystemCatalog.builtin().require("MackeyGlass");
        double[] p = system.metadata().defaultParameters();
        p[system.delayParameterIndex()] = 17;
        Trajectory x = integrator.series(system, p, 1.2, 0.1, 20_000);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 5_000; k <= 20_000; k++) {
            min = Math.min(min, x.get(k, 0));
            max = Math.max(max, x.get(k, 0));
        }
        // The classical tau = 17 attractor spans roughly 0.2 to 1.4.
        assertTrue(min > 0.15 && min < 0.5 && max > 1.1 && max < 1.5, "range " + min + " .. " + max);
        double lambda = DelayLyapunov.largest(system, p, 1.2, LyapunovSettings.flow(0.1, 500, 5000),
                ProgressListener.NONE, CancellationToken.NEVER).exponents()[0];
        // Farmer (1982) reports about 0.007 to 0.009 per unit time at tau = 17.
        assertTrue(lambda > 0.003 && lambda < 0.015, "largest exponent " + lambda);
    }

    @Test
    void refusesFlowsAndBadArguments() {
        var lorenz = SystemCatalog.builtin().require("Lorenz");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> integrator.integrate(lorenz,
                lorenz.metadata().defaultParameters(), lorenz.metadata().initialCondition(), 0.01, 10));
        assertTrue(e.getMessage().contains("Lorenz is a flow"), e.getMessage());
        LinearDelay system = new LinearDelay(1, 2, 1);
        assertThrows(IllegalArgumentException.class, () -> integrator.series(system, new double[] {1, 2, -1}, 1, 0.1, 5));
        assertThrows(IllegalArgumentException.class, () -> integrator.series(system, new double[] {1, 2, 1}, 1, 0, 5));
    }

    @Test
    void divergenceNamesTheSystem() {
        LinearDelay system = new LinearDelay(50, -1, 1);
        DivergenceException e = assertThrows(DivergenceException.class,
                () -> integrator.series(system, new double[] {50, -1, 1}, 1.0, 0.1, 100_000));
        assertTrue(e.getMessage().contains("LinearDelay"), e.getMessage());
    }
}
