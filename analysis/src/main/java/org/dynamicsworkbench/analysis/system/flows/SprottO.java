package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system O: x' = y, y' = x - z, z' = x + x z + a y. Parameters (a). */
public final class SprottO extends AbstractDynamicalSystem {
    private static final int A = 0;

    public SprottO(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        out[0] = y;
        out[1] = x - z;
        out[2] = x + x * z + a * y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double z = state[2];
        double a = par[A];
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = 1;
        out[4] = 0;
        out[5] = -1;
        out[6] = 1 + z;
        out[7] = a;
        out[8] = x;
    }
}
