package org.dynamicsworkbench.analysis.system.delay;

import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Delay circuit with a cubic nonlinearity (dysts form): x' = -alpha x_tau + beta (3 u - u^3), u = x_tau / c. */
public final class PiecewiseCircuit extends DelayEquation {
    private static final int ALPHA = 0;
    private static final int BETA = 1;
    private static final int C = 2;

    public PiecewiseCircuit(SystemMetadata metadata) {
        super(metadata, "alpha", "beta", "c", "tau");
    }

    @Override
    public double derivative(double x, double delayed, double[] p) {
        double u = delayed / p[C];
        return -p[ALPHA] * delayed + p[BETA] * (3.0 * u - u * u * u);
    }

    @Override
    public double derivativeByCurrent(double x, double delayed, double[] p) {
        return 0.0;
    }

    @Override
    public double derivativeByDelayed(double x, double delayed, double[] p) {
        double u = delayed / p[C];
        return -p[ALPHA] + p[BETA] * (3.0 - 3.0 * u * u) / p[C];
    }
}
