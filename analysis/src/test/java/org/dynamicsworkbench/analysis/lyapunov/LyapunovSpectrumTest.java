package org.dynamicsworkbench.analysis.lyapunov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.dynamicsworkbench.analysis.integrate.DivergenceException;
import org.dynamicsworkbench.analysis.integrate.QuadraticBlowUp;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.ParameterValues;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.junit.jupiter.api.Test;

/** Oracles: spec 5.3 (RK4 dt = 0.01, QR every step), and exact results for the Henon and logistic maps. */
class LyapunovSpectrumTest {
    private static final SystemCatalog CATALOG = SystemCatalog.builtin();

    @Test
    void lorenzSpectrumSumAndKaplanYorkeDimension() {
        DynamicalSystem lorenz = CATALOG.require("Lorenz");
        double beta = 8.0 / 3.0;
        double[] p = ParameterValues.withOverrides(lorenz.metadata(), Map.of("beta", beta));
        LyapunovResult result = LyapunovSpectrum.compute(lorenz, p, new double[] {1, 1, 1},
                LyapunovSettings.flow(0.01, 100, 3000));
        double[] l = result.exponents();
        System.out.println("Lorenz spectrum " + Arrays.toString(l) + ", D_KY " + result.kaplanYorkeDimension());
        assertEquals(0.9072, l[0], 0.02);
        assertEquals(0.0, l[1], 0.01);
        assertEquals(-14.5728, l[2], 0.05);
        assertEquals(-(10 + 1 + beta), result.sum(), 1e-3);
        assertEquals(2.0622, result.kaplanYorkeDimension(), 0.01);
        assertEquals(3000, result.totalTime(), 1e-9);
    }

    @Test
    void rosslerSpectrum() {
        DynamicalSystem rossler = CATALOG.require("Rossler");
        LyapunovResult result = LyapunovSpectrum.compute(rossler, new double[] {0.2, 0.2, 5.7},
                rossler.metadata().initialCondition(), LyapunovSettings.flow(0.01, 200, 8000));
        double[] l = result.exponents();
        System.out.println("Rossler spectrum " + Arrays.toString(l) + ", D_KY " + result.kaplanYorkeDimension());
        assertEquals(0.07177, l[0], 0.005);
        assertEquals(0.0, l[1], 0.01);
        assertEquals(-5.39455, l[2], 0.05);
    }

    @Test
    void henonSpectrumSumsToTheLogOfTheConstantJacobianDeterminant() {
        DynamicalSystem henon = CATALOG.require("Henon");
        LyapunovResult result = LyapunovSpectrum.compute(henon, new double[] {1.4, 0.3},
                henon.metadata().initialCondition(), LyapunovSettings.map(1000, 200_000));
        double[] l = result.exponents();
        System.out.println("Henon spectrum " + Arrays.toString(l));
        assertEquals(0.4192, l[0], 0.01);
        assertEquals(Math.log(0.3), l[0] + l[1], 1e-6);
    }

    @Test
    void logisticMapAtRFourHasExponentLogTwo() {
        DynamicalSystem logistic = CATALOG.require("Logistic");
        LyapunovResult result = LyapunovSpectrum.compute(logistic, new double[] {4.0}, new double[] {0.3},
                LyapunovSettings.map(1000, 1_000_000));
        System.out.println("Logistic r = 4 exponent " + result.maximalExponent());
        assertEquals(Math.log(2), result.maximalExponent(), 0.01);
        assertEquals(1.0, result.kaplanYorkeDimension());
    }

    @Test
    void convergenceSamplesEndAtTheFinalEstimate() {
        DynamicalSystem lorenz = CATALOG.require("Lorenz");
        LyapunovResult result = LyapunovSpectrum.compute(lorenz, lorenz.metadata().defaultParameters(),
                new double[] {1, 1, 1}, LyapunovSettings.flow(0.01, 10, 50).withReorthonormalizationInterval(3));
        double[] times = result.convergenceTimes();
        assertTrue(times.length >= 100 && times.length <= LyapunovSpectrum.CONVERGENCE_SAMPLES + 1,
                times.length + " samples");
        assertEquals(50.0, times[times.length - 1], 1e-9);
        for (int i = 1; i < times.length; i++) {
            assertTrue(times[i] > times[i - 1]);
        }
        double[] last = Arrays.copyOfRange(result.convergenceEstimates(), (times.length - 1) * 3, times.length * 3);
        assertArrayEquals(result.exponents(), last, 1e-15);
        assertEquals(result.exponents()[0], result.convergenceEstimate(times.length - 1, 0));
    }

    @Test
    void reorthonormalisingLessOftenGivesTheSameSpectrum() {
        DynamicalSystem lorenz = CATALOG.require("Lorenz");
        double[] p = lorenz.metadata().defaultParameters();
        LyapunovSettings everyStep = LyapunovSettings.flow(0.01, 20, 500);
        double[] a = LyapunovSpectrum.compute(lorenz, p, new double[] {1, 1, 1}, everyStep).exponents();
        double[] b = LyapunovSpectrum.compute(lorenz, p, new double[] {1, 1, 1},
                everyStep.withReorthonormalizationInterval(5)).exponents();
        assertArrayEquals(a, b, 1e-6);
    }

    @Test
    void cancellationStopsTheComputation() {
        DynamicalSystem lorenz = CATALOG.require("Lorenz");
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancelledException.class, () -> LyapunovSpectrum.compute(lorenz,
                lorenz.metadata().defaultParameters(), new double[] {1, 1, 1}, LyapunovSettings.flow(0.01, 100, 1e5),
                fraction -> { }, () -> polls.incrementAndGet() > 3));
        assertEquals(4, polls.get());
    }

    @Test
    void aDivergingStateThrows() {
        DivergenceException e = assertThrows(DivergenceException.class, () -> LyapunovSpectrum.compute(
                new QuadraticBlowUp(), new double[0], new double[] {1}, LyapunovSettings.flow(0.01, 0, 2)));
        assertTrue(e.getMessage().startsWith("QuadraticBlowUp: "), e.getMessage());
    }

    @Test
    void settingsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> LyapunovSettings.flow(0, 10, 100));
        assertThrows(IllegalArgumentException.class, () -> LyapunovSettings.flow(0.01, -1, 100));
        assertThrows(IllegalArgumentException.class, () -> LyapunovSettings.flow(0.01, 0, 0.001));
        assertThrows(IllegalArgumentException.class,
                () -> LyapunovSettings.flow(0.01, 0, 10).withReorthonormalizationInterval(0));
        DynamicalSystem henon = CATALOG.require("Henon");
        assertThrows(IllegalArgumentException.class, () -> LyapunovSpectrum.compute(henon, new double[] {1.4, 0.3},
                new double[] {0, 0}, LyapunovSettings.flow(0.5, 0, 10)));
    }
}
