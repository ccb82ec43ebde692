package org.dynamicsworkbench.analysis.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.ParameterValues;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.junit.jupiter.api.Test;

class Rk4IntegratorTest {
    static final DynamicalSystem LORENZ = SystemCatalog.builtin().require("Lorenz");
    /** sigma = 10, rho = 28, beta = 8/3 (the textbook values; dysts uses beta = 2.667). */
    static final double[] TEXTBOOK = ParameterValues.withOverrides(LORENZ.metadata(), Map.of("beta", 8.0 / 3.0));

    private final Rk4Integrator rk4 = new Rk4Integrator();

    @Test
    void lorenzMatchesTheReferenceStatesAfter1And10And100Steps() {
        Trajectory run = rk4.integrate(LORENZ, TEXTBOOK, new double[] {1, 1, 1}, 0.01, 100);
        assertEquals(101, run.length());
        assertEquals(1.0, run.time(100), 1e-15);
        assertState(run, 1, 1.0125671911, 1.2599177989, 0.9848909718);
        assertState(run, 10, 2.1331065433, 4.4714106479, 1.1138989185);
        assertState(run, 100, -9.3786158072, -8.3570599553, 29.3624037501);
    }

    private static void assertState(Trajectory run, int step, double x, double y, double z) {
        double[] expected = {x, y, z};
        double worst = 0;
        for (int c = 0; c < 3; c++) {
            double diff = Math.abs(run.get(step, c) - expected[c]);
            worst = Math.max(worst, diff);
            assertTrue(diff <= 1e-9, "step " + step + " component " + c + ": got " + run.get(step, c)
                    + ", reference " + expected[c] + " (|diff| = " + diff + ")");
        }
        System.out.printf("RK4 Lorenz oracle, step %d: max |diff| = %.3g%n", step, worst);
    }

    @Test
    void errorShrinksAsTheFourthPowerOfTheStep() {
        // Global error over t in [0, 2] (the largest deviation at the 100 common sample times) against a run
        // with a 64 times smaller step, for h = 0.01, 0.005, 0.0025.
        double[] x0 = {1, 1, 1};
        int samples = 200;
        int fine = 64 * 4;
        Trajectory reference = rk4.integrate(LORENZ, TEXTBOOK, x0, 0.01 / fine, samples * fine);
        double[] errors = new double[3];
        for (int k = 0; k < 3; k++) {
            int perSample = 1 << k;
            Trajectory run = rk4.integrate(LORENZ, TEXTBOOK, x0, 0.01 / perSample, samples * perSample);
            for (int i = 0; i <= samples; i++) {
                errors[k] = Math.max(errors[k], distance(run.state(i * perSample), reference.state(i * fine)));
            }
        }
        for (int k = 0; k < 2; k++) {
            double ratio = errors[k] / errors[k + 1];
            System.out.printf("RK4 global error %.3g -> %.3g when h halves from %.4f: ratio %.3f%n", errors[k],
                    errors[k + 1], 0.01 / (1 << k), ratio);
            assertEquals(16, ratio, 2, "error ratio when h halves from " + 0.01 / (1 << k));
        }
    }

    @Test
    void aBlowUpThrowsDivergenceNamingSystemStepAndTime() {
        DivergenceException e = assertThrows(DivergenceException.class,
                () -> rk4.integrate(new QuadraticBlowUp(), new double[0], new double[] {1}, 0.01, 200));
        assertTrue(e.step() >= 95 && e.step() <= 105, "step " + e.step());
        assertTrue(e.getMessage().startsWith("QuadraticBlowUp: "), e.getMessage());
        assertTrue(e.getMessage().contains("at step " + e.step() + " (t = "), e.getMessage());
    }

    @Test
    void cancellationStopsTheRun() {
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancelledException.class, () -> rk4.integrate(LORENZ, TEXTBOOK, new double[] {1, 1, 1}, 1e-4,
                1_000_000, fraction -> { }, () -> polls.incrementAndGet() > 2));
        assertEquals(3, polls.get(), "polled once at the start and once per 4096 steps until cancelled");
    }

    @Test
    void progressIsReportedAtMostAboutAHundredTimesAndEndsAtOne() {
        List<Double> reports = new ArrayList<>();
        rk4.integrate(LORENZ, TEXTBOOK, new double[] {1, 1, 1}, 1e-3, 1_000_000, reports::add, () -> false);
        assertTrue(reports.size() >= 10 && reports.size() <= 101, reports.size() + " reports");
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i) > reports.get(i - 1));
        }
        assertEquals(1.0, reports.get(reports.size() - 1));
    }

    @Test
    void argumentsAreValidatedWithTheSystemName() {
        assertEquals("Lorenz: initial state has 2 values, the system has dimension 3",
                assertThrows(IllegalArgumentException.class,
                        () -> rk4.integrate(LORENZ, TEXTBOOK, new double[] {1, 1}, 0.01, 10)).getMessage());
        assertEquals("Lorenz: dt must be a positive number, got 0.0", assertThrows(IllegalArgumentException.class,
                () -> rk4.integrate(LORENZ, TEXTBOOK, new double[] {1, 1, 1}, 0, 10)).getMessage());
        assertEquals("Lorenz: expected 3 parameters [beta, rho, sigma], got 1",
                assertThrows(IllegalArgumentException.class,
                        () -> rk4.integrate(LORENZ, new double[] {1}, new double[] {1, 1, 1}, 0.01, 10)).getMessage());
        DynamicalSystem henon = SystemCatalog.builtin().require("Henon");
        assertEquals("Henon is a map; iterate it with MapIterator", assertThrows(IllegalArgumentException.class,
                () -> rk4.integrate(henon, new double[] {1.4, 0.3}, new double[] {0, 0}, 0.01, 10)).getMessage());
    }

    @Test
    void zeroStepsGiveTheInitialStateOnly() {
        Trajectory run = rk4.integrate(LORENZ, TEXTBOOK, new double[] {1, 2, 3}, 0.01, 0);
        assertEquals(1, run.length());
        assertEquals(3.0, run.get(0, 2));
    }

    static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    @Test
    void threeDimensionalLoopMatchesTheGeneralStepBitForBit() {
        SystemCatalog catalog = SystemCatalog.builtin();
        for (String name : List.of("Lorenz", "Duffing", "Thomas")) {
            DynamicalSystem system = catalog.require(name);
            double[] p = system.metadata().defaultParameters();
            double[] x = system.metadata().initialCondition();
            double dt = system.metadata().dt() * 10;
            Trajectory fast = new Rk4Integrator().integrate(system, p, x, dt, 5000);
            Rk4Step step = new Rk4Step(3);
            for (int n = 0; n < 5000; n++) {
                step.advance(system, p, x, n * dt, dt);
            }
            double[] last = fast.lastState();
            for (int i = 0; i < 3; i++) {
                assertEquals(Double.doubleToLongBits(x[i]), Double.doubleToLongBits(last[i]),
                        name + " component " + i + ": " + x[i] + " vs " + last[i]);
            }
        }
    }

    @Test
    void subStepsSampleEveryKthStateOfTheFineIntegration() {
        for (String name : List.of("Lorenz", "HyperRossler")) {
            DynamicalSystem system = SystemCatalog.builtin().require(name);
            double[] p = system.metadata().defaultParameters();
            double[] x0 = system.metadata().initialCondition();
            Rk4Integrator rk4 = new Rk4Integrator();
            Trajectory fine = rk4.integrate(system, p, x0, 0.001, 700);
            Trajectory sampled = rk4.integrate(system, p, x0, 0.007, 100, 7,
                    org.dynamicsworkbench.analysis.task.ProgressListener.NONE,
                    org.dynamicsworkbench.analysis.task.CancellationToken.NEVER);
            assertEquals(101, sampled.length());
            assertEquals(0.007, sampled.dt());
            for (int i = 0; i <= 100; i += 10) {
                for (int c = 0; c < system.dimension(); c++) {
                    assertEquals(fine.get(7 * i, c), sampled.get(i, c), 1e-9 * Math.max(1, Math.abs(fine.get(7 * i, c))),
                            name + " sample " + i);
                }
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rk4.integrate(system, p,
                    x0, 0.007, 100, 0, org.dynamicsworkbench.analysis.task.ProgressListener.NONE,
                    org.dynamicsworkbench.analysis.task.CancellationToken.NEVER));
            assertTrue(e.getMessage().contains("substeps must be >= 1"), e.getMessage());
        }
    }
}
