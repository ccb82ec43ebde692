package org.dynamicsworkbench.analysis.system.delay;

import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Multi-scroll delay circuit (dysts form): x' = -alpha x_tau + beta tanh(10 x_tau). */
public final class ScrollDelay extends DelayEquation {
    private static final int ALPHA = 0;
    private static final int BETA = 1;

    public ScrollDelay(SystemMetadata metadata) {
        super(metadata, "alpha", "beta", "tau");
    }

    @Override
    public double derivative(double x, double delayed, double[] p) {
        return -p[ALPHA] * delayed + p[BETA] * Math.tanh(10.0 * delayed);
    }

    @Override
    public double derivativeByCurrent(double x, double delayed, double[] p) {
        return 0.0;
    }

    @Override
    public double derivativeByDelayed(double x, double delayed, double[] p) {
        double sech = 1.0 / Math.cosh(10.0 * delayed);
        return -p[ALPHA] + 10.0 * p[BETA] * sech * sech;
    }
}
