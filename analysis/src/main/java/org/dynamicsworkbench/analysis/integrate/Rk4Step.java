package org.dynamicsworkbench.analysis.integrate;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;

/**
 * One classical fourth-order Runge-Kutta step, in place, with scratch arrays allocated once for a given
 * dimension. Not thread-safe: one instance per run.
 */
public final class Rk4Step {
    private final int dimension;
    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] stage;

    public Rk4Step(int dimension) {
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be positive, got " + dimension);
        }
        this.dimension = dimension;
        this.k1 = new double[dimension];
        this.k2 = new double[dimension];
        this.k3 = new double[dimension];
        this.k4 = new double[dimension];
        this.stage = new double[dimension];
    }

    /** Advances {@code x} (at time t) by one step h of x' = f(x, t; p). No allocation. */
    public void advance(DynamicalSystem system, double[] p, double[] x, double t, double h) {
        int d = dimension;
        double half = 0.5 * h;
        system.rhs(x, t, p, k1);
        for (int i = 0; i < d; i++) {
            stage[i] = x[i] + half * k1[i];
        }
        system.rhs(stage, t + half, p, k2);
        for (int i = 0; i < d; i++) {
            stage[i] = x[i] + half * k2[i];
        }
        system.rhs(stage, t + half, p, k3);
        for (int i = 0; i < d; i++) {
            stage[i] = x[i] + h * k3[i];
        }
        system.rhs(stage, t + h, p, k4);
        double sixth = h / 6.0;
        for (int i = 0; i < d; i++) {
            x[i] += sixth * (k1[i] + 2.0 * (k2[i] + k3[i]) + k4[i]);
        }
    }
}
