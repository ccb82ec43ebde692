package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott case B: x' = y z, y' = x - y, z' = 1 - x y. No parameters. */
public final class SprottB extends AbstractDynamicalSystem {

    public SprottB(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3);
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = y * s[2];
        out[1] = x - y;
        out[2] = 1 - x * y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = 0;
        out[1] = s[2];
        out[2] = y;
        out[3] = 1;
        out[4] = -1;
        out[5] = 0;
        out[6] = -y;
        out[7] = -x;
        out[8] = 0;
    }
}
