package org.dynamicsworkbench.analysis.ordinal;

import java.util.SplittableRandom;

/** The series the PECCARY oracles describe, generated with the recipes' operation order. */
final class TestSeries {
    private TestSeries() {
    }

    /** Logistic map r = 4 from x0, 1000 iterates discarded, then n samples (r*x*(1.0-x) left to right). */
    static double[] logistic(double x0, int n) {
        double r = 4.0;
        double x = x0;
        for (int i = 0; i < 1000; i++) {
            x = r * x * (1.0 - x);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = x;
            x = r * x * (1.0 - x);
        }
        return out;
    }

    /** Henon a = 1.4, b = 0.3 from (1, 1), 1000 iterates discarded, then n values of x. */
    static double[] henon(int n) {
        double a = 1.4;
        double b = 0.3;
        double x = 1.0;
        double y = 1.0;
        double[] out = new double[n];
        for (int i = -1000; i < n; i++) {
            if (i >= 0) {
                out[i] = x;
            }
            double nx = 1.0 - a * x * x + y;
            y = b * x;
            x = nx;
        }
        return out;
    }

    /** sin(0.01 k), k = 0..n-1. */
    static double[] sine(int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = Math.sin(0.01 * k);
        }
        return out;
    }

    /** x of Lorenz (10, 28, 8/3) by classic RK4, h = 0.01, from (1,1,1), 5000 steps dropped, n recorded. */
    static double[] lorenzX(int n) {
        double[] s = {1, 1, 1};
        double[] out = new double[n];
        for (int i = 0; i < 5000; i++) {
            rk4Lorenz(s, 0.01);
        }
        for (int i = 0; i < n; i++) {
            rk4Lorenz(s, 0.01);
            out[i] = s[0];
        }
        return out;
    }

    static void rk4Lorenz(double[] s, double h) {
        double[] k1 = lorenz(s[0], s[1], s[2]);
        double[] k2 = lorenz(s[0] + 0.5 * h * k1[0], s[1] + 0.5 * h * k1[1], s[2] + 0.5 * h * k1[2]);
        double[] k3 = lorenz(s[0] + 0.5 * h * k2[0], s[1] + 0.5 * h * k2[1], s[2] + 0.5 * h * k2[2]);
        double[] k4 = lorenz(s[0] + h * k3[0], s[1] + h * k3[1], s[2] + h * k3[2]);
        for (int c = 0; c < 3; c++) {
            s[c] += h / 6 * (k1[c] + 2 * k2[c] + 2 * k3[c] + k4[c]);
        }
    }

    private static double[] lorenz(double x, double y, double z) {
        return new double[] {10 * (y - x), x * (28 - z) - y, x * y - 8.0 / 3.0 * z};
    }

    /** Uniform white noise on [0, 1). */
    static double[] whiteNoise(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextDouble();
        }
        return out;
    }
}
