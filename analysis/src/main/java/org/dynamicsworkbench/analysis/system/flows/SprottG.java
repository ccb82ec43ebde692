package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system G: x' = a x + z, y' = x z - y, z' = -x + y. Parameters (a). */
public final class SprottG extends AbstractDynamicalSystem {
    private static final int A = 0;

    public SprottG(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        out[0] = a * x + z;
        out[1] = x * z - y;
        out[2] = -x + y;
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
        out[0] = a;
        out[1] = 0;
        out[2] = 1;
        out[3] = z;
        out[4] = -1;
        out[5] = x;
        out[6] = -1;
        out[7] = 1;
        out[8] = 0;
    }
}
