package org.dynamicsworkbench.analysis.system.delay;

import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Ikeda passive optical resonator: x' = mu sin(x_tau - x0) - c x. */
public class IkedaDelay extends DelayEquation {
    private static final int C = 0;
    private static final int MU = 1;
    private static final int PHASE = 3;

    public IkedaDelay(SystemMetadata metadata) {
        super(metadata, "c", "mu", "tau", "x0");
    }

    @Override
    public final double derivative(double x, double delayed, double[] p) {
        return p[MU] * Math.sin(delayed - p[PHASE]) - p[C] * x;
    }

    @Override
    public final double derivativeByCurrent(double x, double delayed, double[] p) {
        return -p[C];
    }

    @Override
    public final double derivativeByDelayed(double x, double delayed, double[] p) {
        return p[MU] * Math.cos(delayed - p[PHASE]);
    }
}
