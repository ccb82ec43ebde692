package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system J: x' = 2 z, y' = -2 y + z, z' = -x + y + y^2. No parameters. */
public final class SprottJ extends AbstractDynamicalSystem {
    public SprottJ(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3);
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        out[0] = 2 * z;
        out[1] = -2 * y + z;
        out[2] = -x + y + y * y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double y = state[1];
        out[0] = 0;
        out[1] = 0;
        out[2] = 2;
        out[3] = 0;
        out[4] = -2;
        out[5] = 1;
        out[6] = -1;
        out[7] = 1 + 2 * y;
        out[8] = 0;
    }
}
