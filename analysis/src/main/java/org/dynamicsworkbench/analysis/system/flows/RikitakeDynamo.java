package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Rikitake two-disc dynamo: x' = -mu x + y z, y' = -mu y - a x + x z, z' = 1 - x y. Parameters (a, mu). */
public final class RikitakeDynamo extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int MU = 1;

    public RikitakeDynamo(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "mu");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double mu = par[MU];
        out[0] = -mu * x + y * z;
        out[1] = -mu * y - a * x + x * z;
        out[2] = 1 - x * y;
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
        double mu = par[MU];
        out[0] = -mu;
        out[1] = z;
        out[2] = y;
        out[3] = -a + z;
        out[4] = -mu;
        out[5] = x;
        out[6] = -y;
        out[7] = -x;
        out[8] = 0;
    }
}
