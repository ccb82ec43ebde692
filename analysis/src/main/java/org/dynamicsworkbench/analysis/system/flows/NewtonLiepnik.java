package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Newton-Leipnik rigid-body system: x' = -a x + y + 10 y z, y' = -x - 0.4 y + 5 x z, z' = b z - 5 x y.
 * Parameters (a, b).
 */
public final class NewtonLiepnik extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public NewtonLiepnik(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        out[0] = -a * x + y + 10 * y * z;
        out[1] = -x - 0.4 * y + 5 * x * z;
        out[2] = b * z - 5 * x * y;
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
        out[0] = -a;
        out[1] = 1 + 10 * z;
        out[2] = 10 * y;
        out[3] = -1 + 5 * z;
        out[4] = -0.4;
        out[5] = 5 * x;
        out[6] = -5 * y;
        out[7] = -5 * x;
        out[8] = b;
    }
}
