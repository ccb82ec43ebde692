package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Pehlivan-Wei system (no parameters): x' = y - y z, y' = y + y z - 2 x, z' = 2 - x y - y^2. */
public final class PehlivanWei extends AbstractDynamicalSystem {
    public PehlivanWei(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3);
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        out[0] = y - y * z;
        out[1] = y + y * z - 2 * x;
        out[2] = 2 - x * y - y * y;
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
        out[0] = 0;
        out[1] = 1 - z;
        out[2] = -y;
        out[3] = -2;
        out[4] = 1 + z;
        out[5] = y;
        out[6] = -y;
        out[7] = -x - 2 * y;
        out[8] = 0;
    }
}
