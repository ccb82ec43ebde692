package org.dynamicsworkbench.analysis.integrate;

import static org.dynamicsworkbench.analysis.integrate.Rk4IntegratorTest.LORENZ;
import static org.dynamicsworkbench.analysis.integrate.Rk4IntegratorTest.TEXTBOOK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.dynamicsworkbench.analysis.task.CancelledException;
import org.junit.jupiter.api.Test;

class Dop853IntegratorTest {
    private final Dop853Integrator dop853 = new Dop853Integrator();

    @Test
    void agreesWithSmallStepRk4OnLorenzUpToTimeFive() {
        double dt = 1e-3;
        int steps = 5000;
        Trajectory adaptive = dop853.integrate(LORENZ, TEXTBOOK, new double[] {1, 1, 1}, dt, steps);
        Trajectory fixed = new Rk4Integrator().integrate(LORENZ, TEXTBOOK, new double[] {1, 1, 1}, dt, steps);
        assertEquals(steps + 1, adaptive.length());
        assertEquals(5.0, adaptive.time(steps), 1e-12);
        double worst = 0;
        for (int i = 0; i <= steps; i++) {
            for (int c = 0; c < 3; c++) {
                worst = Math.max(worst, Math.abs(adaptive.get(i, c) - fixed.get(i, c)));
            }
        }
        System.out.printf("DOP853 vs RK4 (dt 1e-3) on Lorenz to t = 5: max |diff| = %.3g%n", worst);
        assertTrue(worst < 1e-6, "max difference " + worst);
    }

    @Test
    void samplesAtExactMultiplesOfDtFromDenseOutput() {
        // x' = x^2 from x(0) = 1 is x(t) = 1 / (1 - t): check each dense-output sample against it.
        Trajectory run = dop853.integrate(new QuadraticBlowUp(), new double[0], new double[] {1}, 0.05, 10);
        assertEquals(11, run.length());
        for (int i = 0; i <= 10; i++) {
            double t = 0.05 * i;
            assertEquals(1 / (1 - t), run.get(i, 0), 1e-8, "sample " + i);
        }
    }

    @Test
    void aBlowUpThrowsDivergence() {
        DivergenceException e = assertThrows(DivergenceException.class,
                () -> dop853.integrate(new QuadraticBlowUp(), new double[0], new double[] {1}, 0.01, 200));
        assertTrue(e.step() >= 99 && e.step() <= 101, "step " + e.step());
        assertTrue(e.getMessage().startsWith("QuadraticBlowUp: "), e.getMessage());
    }

    @Test
    void cancellationStopsTheRun() {
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancelledException.class, () -> dop853.integrate(LORENZ, TEXTBOOK, new double[] {1, 1, 1}, 0.01,
                100_000, fraction -> { }, () -> polls.incrementAndGet() > 1));
        assertEquals(2, polls.get());
    }

    @Test
    void tolerancesMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Dop853Integrator(0, 1e-12));
        assertThrows(IllegalArgumentException.class, () -> new Dop853Integrator(1e-10, Double.NaN));
    }
}
