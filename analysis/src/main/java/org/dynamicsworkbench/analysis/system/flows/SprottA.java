package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott case A (conservative): x' = y, y' = -x + y z, z' = 1 - y^2. No parameters. */
public final class SprottA extends AbstractDynamicalSystem {

    public SprottA(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3);
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double y = s[1];
        out[0] = y;
        out[1] = -s[0] + y * s[2];
        out[2] = 1 - y * y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double y = s[1];
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = -1;
        out[4] = s[2];
        out[5] = y;
        out[6] = 0;
        out[7] = -2 * y;
        out[8] = 0;
    }
}
