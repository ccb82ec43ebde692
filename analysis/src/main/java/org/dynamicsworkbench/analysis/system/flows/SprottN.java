package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system N: x' = -2 y, y' = x + z^2, z' = 1 + y - 2 z. No parameters. */
public final class SprottN extends AbstractDynamicalSystem {
    public SprottN(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3);
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        out[0] = -2 * y;
        out[1] = x + z * z;
        out[2] = 1 + y - 2 * z;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double z = state[2];
        out[0] = 0;
        out[1] = -2;
        out[2] = 0;
        out[3] = 1;
        out[4] = 0;
        out[5] = 2 * z;
        out[6] = 0;
        out[7] = 1;
        out[8] = -2;
    }
}
