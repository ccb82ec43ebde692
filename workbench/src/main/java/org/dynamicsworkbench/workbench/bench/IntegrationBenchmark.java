package org.dynamicsworkbench.workbench.bench;

import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Integrator;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;

/**
 * RK4 on Lorenz (sigma 10, rho 28, beta 8/3, dt 0.01) through the workbench's integrator, and the same
 * computation as one hand-inlined loop (no interface calls, fixed equations) as the peer that shows the
 * floor on this machine. Both produce the full trajectory array.
 */
public final class IntegrationBenchmark {
    private static final double SIGMA = 10.0;
    private static final double RHO = 28.0;
    private static final double BETA = 8.0 / 3.0;
    private static final double DT = 0.01;
    private static final double[] X0 = {-9.7869288, -15.03852, 20.533978};

    /** Keeps results reachable so the JIT cannot drop the work. */
    private static volatile double sink;

    private IntegrationBenchmark() {
    }

    /** The workbench's RK4 integrator. */
    public static Timing rk4Lorenz(BenchPlan plan) {
        DynamicalSystem lorenz = SystemCatalog.builtin().require("Lorenz");
        double[] p = lorenzParameters(lorenz);
        Integrator rk4 = IntegrationMethod.RK4.forSystem(lorenz);
        return measure("RK4 Lorenz " + steps(plan.rk4Steps()) + " steps (workbench integrator)", plan, () -> {
            Trajectory t = rk4.integrate(lorenz, p, X0, DT, plan.rk4Steps());
            sink = t.get(t.length() - 1, 0);
        });
    }

    /** The peer: the same RK4 written out by hand for Lorenz only. */
    public static Timing inlinedPeer(BenchPlan plan) {
        return measure("RK4 Lorenz " + steps(plan.rk4Steps()) + " steps (hand-inlined peer)", plan, () -> {
            double[] out = inlinedLorenzRk4(X0, DT, plan.rk4Steps());
            sink = out[out.length - 3];
        });
    }

    /** States 0..steps of Lorenz by RK4, row-major; the reference loop of the peer benchmark. */
    static double[] inlinedLorenzRk4(double[] x0, double h, int steps) {
        double[] out = new double[3 * (steps + 1)];
        double x = x0[0], y = x0[1], z = x0[2];
        out[0] = x;
        out[1] = y;
        out[2] = z;
        double half = 0.5 * h;
        double sixth = h / 6.0;
        for (int i = 1; i <= steps; i++) {
            double k1x = SIGMA * (y - x), k1y = x * (RHO - z) - y, k1z = x * y - BETA * z;
            double ax = x + half * k1x, ay = y + half * k1y, az = z + half * k1z;
            double k2x = SIGMA * (ay - ax), k2y = ax * (RHO - az) - ay, k2z = ax * ay - BETA * az;
            double bx = x + half * k2x, by = y + half * k2y, bz = z + half * k2z;
            double k3x = SIGMA * (by - bx), k3y = bx * (RHO - bz) - by, k3z = bx * by - BETA * bz;
            double cx = x + h * k3x, cy = y + h * k3y, cz = z + h * k3z;
            double k4x = SIGMA * (cy - cx), k4y = cx * (RHO - cz) - cy, k4z = cx * cy - BETA * cz;
            x += sixth * (k1x + 2 * k2x + 2 * k3x + k4x);
            y += sixth * (k1y + 2 * k2y + 2 * k3y + k4y);
            z += sixth * (k1z + 2 * k2z + 2 * k3z + k4z);
            out[3 * i] = x;
            out[3 * i + 1] = y;
            out[3 * i + 2] = z;
        }
        return out;
    }

    /** Lorenz's parameter array with sigma 10, rho 28, beta 8/3 (in the system's order). */
    static double[] lorenzParameters(DynamicalSystem lorenz) {
        double[] p = new double[3];
        p[lorenz.parameterNames().indexOf("sigma")] = SIGMA;
        p[lorenz.parameterNames().indexOf("rho")] = RHO;
        p[lorenz.parameterNames().indexOf("beta")] = BETA;
        return p;
    }

    static double[] initialCondition() {
        return X0.clone();
    }

    static String steps(int n) {
        if (n >= 1_000_000 && n % 1_000_000 == 0) {
            return (n / 1_000_000) + "e6";
        }
        if (n >= 100_000 && n % 100_000 == 0) {
            return (n / 100_000) + "e5";
        }
        return Integer.toString(n);
    }

    static Timing measure(String name, BenchPlan plan, Runnable run) {
        for (int i = 0; i < plan.warmupRuns(); i++) {
            run.run();
        }
        long[] samples = new long[plan.timedRuns()];
        for (int i = 0; i < samples.length; i++) {
            long start = System.nanoTime();
            run.run();
            samples[i] = System.nanoTime() - start;
        }
        return Timing.of(name, samples);
    }
}
