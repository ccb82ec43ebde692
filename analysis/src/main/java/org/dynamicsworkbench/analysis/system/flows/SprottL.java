package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system L: x' = y + b z, y' = a x^2 - y, z' = 1 - x. Parameters (a, b). */
public final class SprottL extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public SprottL(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        out[0] = y + b * z;
        out[1] = a * x * x - y;
        out[2] = 1 - x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double a = par[A];
        double b = par[B];
        out[0] = 0;
        out[1] = 1;
        out[2] = b;
        out[3] = 2 * a * x;
        out[4] = -1;
        out[5] = 0;
        out[6] = -1;
        out[7] = 0;
        out[8] = 0;
    }
}
