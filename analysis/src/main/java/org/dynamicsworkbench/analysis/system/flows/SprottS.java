package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system S: x' = -x - 4 y, y' = x + z^2, z' = 1 + x. No parameters. */
public final class SprottS extends AbstractDynamicalSystem {
    public SprottS(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3);
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        out[0] = -x - 4 * y;
        out[1] = x + z * z;
        out[2] = 1 + x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double z = state[2];
        out[0] = -1;
        out[1] = -4;
        out[2] = 0;
        out[3] = 1;
        out[4] = 0;
        out[5] = 2 * z;
        out[6] = 1;
        out[7] = 0;
        out[8] = 0;
    }
}
