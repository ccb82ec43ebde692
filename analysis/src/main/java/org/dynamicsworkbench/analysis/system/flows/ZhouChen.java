package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Zhou-Chen system: x' = a x + b y + y z, y' = c y - x z + d y z, z' = e z - x y. Parameters (a, b, c, d, e). */
public final class ZhouChen extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;

    public ZhouChen(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c", "d", "e");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        double c = par[C];
        double d = par[D];
        double e = par[E];
        out[0] = a * x + b * y + y * z;
        out[1] = c * y - x * z + d * y * z;
        out[2] = e * z - x * y;
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
        double c = par[C];
        double d = par[D];
        double e = par[E];
        out[0] = a;
        out[1] = b + z;
        out[2] = y;
        out[3] = -z;
        out[4] = c + d * z;
        out[5] = -x + d * y;
        out[6] = -y;
        out[7] = -x;
        out[8] = e;
    }
}
