package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Reduced WINDMI model of the solar wind-magnetosphere-ionosphere system (dysts form):
 * i' = a1 (vsw - v), v' = b1 i - b2 p / 2 - b3 v, p' = vsw^2 - p^(5/4) sqrt(vsw) (1 + tanh(d1 (i - 1))) / 2.
 * Parameters (a1, b1, b2, b3, d1, vsw).
 */
public final class WindmiReduced extends AbstractDynamicalSystem {
    private static final int A1 = 0;
    private static final int B1 = 1;
    private static final int B2 = 2;
    private static final int B3 = 3;
    private static final int D1 = 4;
    private static final int VSW = 5;

    public WindmiReduced(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a1", "b1", "b2", "b3", "d1", "vsw");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double i = state[0];
        double v = state[1];
        double p = state[2];
        double a1 = par[A1];
        double b1 = par[B1];
        double b2 = par[B2];
        double b3 = par[B3];
        double d1 = par[D1];
        double vsw = par[VSW];
        out[0] = a1 * (vsw - v);
        out[1] = b1 * i - b2 * p / 2 - b3 * v;
        out[2] = vsw * vsw - Math.pow(p, 1.25) * Math.sqrt(vsw) * (1 + Math.tanh(d1 * (i - 1))) / 2;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double i = state[0];
        double p = state[2];
        double a1 = par[A1];
        double b1 = par[B1];
        double b2 = par[B2];
        double b3 = par[B3];
        double d1 = par[D1];
        double vsw = par[VSW];
        double gate = Math.tanh(d1 * (i - 1));
        out[0] = 0;
        out[1] = -a1;
        out[2] = 0;
        out[3] = b1;
        out[4] = -b3;
        out[5] = -b2 / 2;
        out[6] = -Math.pow(p, 1.25) * Math.sqrt(vsw) * d1 * (1 - gate * gate) / 2;
        out[7] = 0;
        out[8] = -1.25 * Math.pow(p, 0.25) * Math.sqrt(vsw) * (1 + gate) / 2;
    }
}
