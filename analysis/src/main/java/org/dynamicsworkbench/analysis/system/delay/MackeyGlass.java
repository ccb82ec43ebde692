package org.dynamicsworkbench.analysis.system.delay;

import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Mackey-Glass blood-cell model: x' = beta x_tau / (1 + x_tau^n) - gamma x (dysts: tau = 16). */
public final class MackeyGlass extends DelayEquation {
    private static final int BETA = 0;
    private static final int GAMMA = 1;
    private static final int N = 2;

    public MackeyGlass(SystemMetadata metadata) {
        super(metadata, "beta", "gamma", "n", "tau");
    }

    @Override
    public double derivative(double x, double delayed, double[] p) {
        return p[BETA] * delayed / (1.0 + Math.pow(delayed, p[N])) - p[GAMMA] * x;
    }

    @Override
    public double derivativeByCurrent(double x, double delayed, double[] p) {
        return -p[GAMMA];
    }

    /** d/du [beta u / (1 + u^n)] = beta (1 + (1 - n) u^n) / (1 + u^n)^2. */
    @Override
    public double derivativeByDelayed(double x, double delayed, double[] p) {
        double power = Math.pow(delayed, p[N]);
        double denominator = 1.0 + power;
        return p[BETA] * (1.0 + (1.0 - p[N]) * power) / (denominator * denominator);
    }
}
