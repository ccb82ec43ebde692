package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Lu-Chen-Cheng multi-scroll system: x' = -(a b / (a + b)) x - y z + c, y' = a y + x z, z' = b z + x y.
 * Parameters (a, b, c).
 */
public final class LuChenCheng extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    public LuChenCheng(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        double c = par[C];
        out[0] = -(a * b / (a + b)) * x - y * z + c;
        out[1] = a * y + x * z;
        out[2] = b * z + x * y;
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
        double a = par[A];
        double b = par[B];
        out[0] = -(a * b / (a + b));
        out[1] = -z;
        out[2] = -y;
        out[3] = z;
        out[4] = a;
        out[5] = x;
        out[6] = y;
        out[7] = x;
        out[8] = b;
    }
}
