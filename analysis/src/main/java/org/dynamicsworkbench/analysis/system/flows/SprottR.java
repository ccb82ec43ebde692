package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system R: x' = a - y, y' = b + z, z' = x y - z. Parameters (a, b). */
public final class SprottR extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public SprottR(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        out[0] = a - y;
        out[1] = b + z;
        out[2] = x * y - z;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        out[0] = 0;
        out[1] = -1;
        out[2] = 0;
        out[3] = 0;
        out[4] = 0;
        out[5] = 1;
        out[6] = y;
        out[7] = x;
        out[8] = -1;
    }
}
