package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system H: x' = -y + z^2, y' = x + a y, z' = x - z. Parameters (a). */
public final class SprottH extends AbstractDynamicalSystem {
    private static final int A = 0;

    public SprottH(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        out[0] = -y + z * z;
        out[1] = x + a * y;
        out[2] = x - z;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double z = state[2];
        double a = par[A];
        out[0] = 0;
        out[1] = -1;
        out[2] = 2 * z;
        out[3] = 1;
        out[4] = a;
        out[5] = 0;
        out[6] = 1;
        out[7] = 0;
        out[8] = -1;
    }
}
