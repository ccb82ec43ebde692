package org.dynamicsworkbench.render;

import org.dynamicsworkbench.analysis.integrate.Trajectory;

/** Small trajectories for render tests, integrated inline so the tests do not depend on the analysis integrators. */
public final class TestTrajectories {
    private TestTrajectories() {
    }

    /** Lorenz (sigma 10, rho 28, beta 8/3) from (1, 1, 1) with classical RK4, {@code steps + 1} states, transient kept. */
    public static Trajectory lorenz(int steps, double dt) {
        double[] s = new double[3 * (steps + 1)];
        double x = 1, y = 1, z = 1;
        s[0] = x;
        s[1] = y;
        s[2] = z;
        double[] k = new double[12];
        for (int i = 1; i <= steps; i++) {
            lorenzRate(x, y, z, k, 0);
            lorenzRate(x + 0.5 * dt * k[0], y + 0.5 * dt * k[1], z + 0.5 * dt * k[2], k, 3);
            lorenzRate(x + 0.5 * dt * k[3], y + 0.5 * dt * k[4], z + 0.5 * dt * k[5], k, 6);
            lorenzRate(x + dt * k[6], y + dt * k[7], z + dt * k[8], k, 9);
            x += dt / 6 * (k[0] + 2 * k[3] + 2 * k[6] + k[9]);
            y += dt / 6 * (k[1] + 2 * k[4] + 2 * k[7] + k[10]);
            z += dt / 6 * (k[2] + 2 * k[5] + 2 * k[8] + k[11]);
            s[3 * i] = x;
            s[3 * i + 1] = y;
            s[3 * i + 2] = z;
        }
        return Trajectory.of(3, 0, dt, s);
    }

    private static void lorenzRate(double x, double y, double z, double[] out, int at) {
        out[at] = 10 * (y - x);
        out[at + 1] = x * (28 - z) - y;
        out[at + 2] = x * y - 8.0 / 3.0 * z;
    }

    /** A 3-D trajectory through the given points (x0 y0 z0 x1 ...), dt = 1. */
    public static Trajectory points(double... xyz) {
        return Trajectory.of(3, 0, 1, xyz);
    }
}
