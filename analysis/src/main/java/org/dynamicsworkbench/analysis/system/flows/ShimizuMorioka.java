package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Shimizu-Morioka system: x' = y, y' = x - a y - x z, z' = -b z + x^2. Parameters (a, b). */
public final class ShimizuMorioka extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public ShimizuMorioka(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        out[0] = y;
        out[1] = x - a * y - x * z;
        out[2] = -b * z + x * x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = 1 - z;
        out[4] = -a;
        out[5] = -x;
        out[6] = 2 * x;
        out[7] = 0;
        out[8] = -b;
    }
}
