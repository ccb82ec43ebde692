package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Nose-Hoover thermostat: x' = y, y' = -x + y z, z' = a - y^2. Parameter (a). */
public final class NoseHoover extends AbstractDynamicalSystem {
    private static final int A = 0;

    public NoseHoover(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double y = s[1];
        out[0] = y;
        out[1] = -s[0] + y * s[2];
        out[2] = p[A] - y * y;
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
