package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Qi-Chen system: x' = a (y - x) + y z, y' = c x + y - x z, z' = x y - b z. Parameters (a, b, c). */
public final class QiChen extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    public QiChen(SystemMetadata metadata) {
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
        out[0] = a * (y - x) + y * z;
        out[1] = c * x + y - x * z;
        out[2] = x * y - b * z;
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
        out[0] = -a;
        out[1] = a + z;
        out[2] = y;
        out[3] = c - z;
        out[4] = 1;
        out[5] = -x;
        out[6] = y;
        out[7] = x;
        out[8] = -b;
    }
}
