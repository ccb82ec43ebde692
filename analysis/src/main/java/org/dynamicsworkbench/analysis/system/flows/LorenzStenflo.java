package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Lorenz-Stenflo system (acoustic-gravity waves in a rotating atmosphere):
 * x' = a (y - x) + d w, y' = c x - x z - y, z' = x y - b z, w' = -x - a w. Parameters (a, b, c, d).
 */
public final class LorenzStenflo extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    public LorenzStenflo(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "a", "b", "c", "d");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double w = state[3];
        double a = par[A];
        double b = par[B];
        double c = par[C];
        double d = par[D];
        out[0] = a * (y - x) + d * w;
        out[1] = c * x - x * z - y;
        out[2] = x * y - b * z;
        out[3] = -x - a * w;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        double c = par[C];
        double d = par[D];
        out[0] = -a;
        out[1] = a;
        out[2] = 0;
        out[3] = d;
        out[4] = c - z;
        out[5] = -1;
        out[6] = -x;
        out[7] = 0;
        out[8] = y;
        out[9] = x;
        out[10] = -b;
        out[11] = 0;
        out[12] = -1;
        out[13] = 0;
        out[14] = 0;
        out[15] = -a;
    }
}
