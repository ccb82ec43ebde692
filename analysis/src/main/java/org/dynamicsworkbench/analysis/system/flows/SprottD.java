package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott case D: x' = -y, y' = x + z, z' = x z + 3 y^2. No parameters. */
public final class SprottD extends AbstractDynamicalSystem {

    public SprottD(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3);
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = -y;
        out[1] = x + z;
        out[2] = x * z + 3 * y * y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        out[0] = 0;
        out[1] = -1;
        out[2] = 0;
        out[3] = 1;
        out[4] = 0;
        out[5] = 1;
        out[6] = s[2];
        out[7] = 6 * s[1];
        out[8] = s[0];
    }
}
