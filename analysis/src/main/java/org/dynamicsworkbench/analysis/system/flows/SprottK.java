package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system K: x' = x y - z, y' = x - y, z' = x + a z. Parameters (a). */
public final class SprottK extends AbstractDynamicalSystem {
    private static final int A = 0;

    public SprottK(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        out[0] = x * y - z;
        out[1] = x - y;
        out[2] = x + a * z;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        out[0] = y;
        out[1] = x;
        out[2] = -1;
        out[3] = 1;
        out[4] = -1;
        out[5] = 0;
        out[6] = 1;
        out[7] = 0;
        out[8] = a;
    }
}
