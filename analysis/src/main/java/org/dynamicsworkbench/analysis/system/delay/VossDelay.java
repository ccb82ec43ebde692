package org.dynamicsworkbench.analysis.system.delay;

import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Voss's electronic delay circuit: x' = -alpha x + g(x_tau) with the cubic
 * g(u) = -10.44 u^3 - 13.95 u^2 - 3.63 u + 0.85.
 */
public final class VossDelay extends DelayEquation {
    private static final int ALPHA = 0;

    public VossDelay(SystemMetadata metadata) {
        super(metadata, "alpha", "tau");
    }

    @Override
    public double derivative(double x, double delayed, double[] p) {
        double u = delayed;
        return -p[ALPHA] * x + (((-10.44 * u - 13.95) * u - 3.63) * u + 0.85);
    }

    @Override
    public double derivativeByCurrent(double x, double delayed, double[] p) {
        return -p[ALPHA];
    }

    @Override
    public double derivativeByDelayed(double x, double delayed, double[] p) {
        double u = delayed;
        return (-31.32 * u - 27.9) * u - 3.63;
    }
}
