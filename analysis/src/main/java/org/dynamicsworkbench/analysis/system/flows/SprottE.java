package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott case E: x' = y z, y' = x^2 - y, z' = 1 - 4 x. No parameters. */
public final class SprottE extends AbstractDynamicalSystem {

    public SprottE(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3);
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = y * s[2];
        out[1] = x * x - y;
        out[2] = 1 - 4 * x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        out[0] = 0;
        out[1] = s[2];
        out[2] = s[1];
        out[3] = 2 * s[0];
        out[4] = -1;
        out[5] = 0;
        out[6] = -4;
        out[7] = 0;
        out[8] = 0;
    }
}
