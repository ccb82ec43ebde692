package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system P: x' = a y + z, y' = -x + y^2, z' = x + y. Parameters (a). */
public final class SprottP extends AbstractDynamicalSystem {
    private static final int A = 0;

    public SprottP(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        out[0] = a * y + z;
        out[1] = -x + y * y;
        out[2] = x + y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double y = state[1];
        double a = par[A];
        out[0] = 0;
        out[1] = a;
        out[2] = 1;
        out[3] = -1;
        out[4] = 2 * y;
        out[5] = 0;
        out[6] = 1;
        out[7] = 1;
        out[8] = 0;
    }
}
