package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system Q: x' = -z, y' = x - y, z' = a x + y^2 + b z. Parameters (a, b). */
public final class SprottQ extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public SprottQ(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        out[0] = -z;
        out[1] = x - y;
        out[2] = a * x + y * y + b * z;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double y = state[1];
        double a = par[A];
        double b = par[B];
        out[0] = 0;
        out[1] = 0;
        out[2] = -1;
        out[3] = 1;
        out[4] = -1;
        out[5] = 0;
        out[6] = a;
        out[7] = 2 * y;
        out[8] = b;
    }
}
