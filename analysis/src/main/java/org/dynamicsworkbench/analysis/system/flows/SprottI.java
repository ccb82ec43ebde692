package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system I: x' = -a y, y' = x + z, z' = x + y^2 - z. Parameters (a). */
public final class SprottI extends AbstractDynamicalSystem {
    private static final int A = 0;

    public SprottI(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        out[0] = -a * y;
        out[1] = x + z;
        out[2] = x + y * y - z;
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
        out[1] = -a;
        out[2] = 0;
        out[3] = 1;
        out[4] = 0;
        out[5] = 1;
        out[6] = 1;
        out[7] = 2 * y;
        out[8] = -1;
    }
}
