package org.dynamicsworkbench.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The specification's deterministic baseline pair X = (sin .02t, cos .013t + .5 sin .05t),
 * Y = (sin .021t, cos .013t + .4 sin .05t), t = 0..9999: D_stsp 3.04169 (reference rules, 30 bins),
 * 3.21991 with the Python quirks, D_H 0.0357042 (sigma 20).
 */
class MetricsOracleTest {
    private static final int T = 10_000;

    private static double[] series(double f, double amp) {
        double[] x = new double[2 * T];
        for (int t = 0; t < T; t++) {
            x[2 * t] = Math.sin(f * t);
            x[2 * t + 1] = Math.cos(0.013 * t) + amp * Math.sin(0.05 * t);
        }
        return x;
    }

    @Test
    void stateSpaceDivergenceOfTheBaselinePair() {
        double[] x = series(0.02, 0.5);
        double[] y = series(0.021, 0.4);
        assertEquals(3.04169, StateSpaceDivergence.binned(x, y, 2, 30, false), 1e-5);
        assertEquals(3.21991, StateSpaceDivergence.binned(x, y, 2, 30, true), 1e-5);
        assertEquals(0.0, StateSpaceDivergence.binned(x, x, 2, 30, false), 1e-15);
    }

    @Test
    void hellingerDistanceOfTheBaselinePair() {
        assertEquals(0.0357042, PowerSpectrumDistance.compute(series(0.02, 0.5), series(0.021, 0.4), 2, 20), 1e-6);
        assertEquals(0.0, PowerSpectrumDistance.compute(series(0.02, 0.5), series(0.02, 0.5), 2, 20), 1e-7);
    }

    @Test
    void bluesteinMatchesTheDirectTransform() {
        double[] x = new double[37];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble() - 0.5;
        }
        double[] power = PowerSpectrum.of(x);
        for (int k = 0; k <= x.length / 2; k++) {
            double re = 0;
            double im = 0;
            for (int t = 0; t < x.length; t++) {
                re += x[t] * Math.cos(2 * Math.PI * k * t / x.length);
                im -= x[t] * Math.sin(2 * Math.PI * k * t / x.length);
            }
            assertEquals(re * re + im * im, power[k], 1e-10);
        }
    }

    @Test
    void gaussianMixtureIsSmallForTheSameDistributionAndLargeForADifferentOne() {
        SplittableRandom r = new SplittableRandom(1);
        int n = 12;
        double[] a = new double[3000 * n];
        double[] b = new double[3000 * n];
        double[] c = new double[3000 * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextDouble();
            b[i] = r.nextDouble();
            c[i] = r.nextDouble() + 2;
        }
        double same = StateSpaceDivergence.compute(a, b, n, 30, 1.0, 7);
        double far = StateSpaceDivergence.compute(a, c, n, 30, 1.0, 7);
        assertTrue(Math.abs(same) < 0.5, "same distribution: " + same);
        assertTrue(far > 10, "shifted distribution: " + far);
    }
}
