package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Sprott's simplest quadratic jerk system (1997), the jerk equation x''' = -mu x'' + (x')^2 - x as x' =
 * y, y' = z, z' = -x + y^2 - mu z. Parameters (mu).
 */
public final class SprottJerk extends AbstractDynamicalSystem {
    private static final int MU = 0;

    public SprottJerk(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "mu");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double mu = par[MU];
        out[0] = y;
        out[1] = z;
        out[2] = -x + y * y - mu * z;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double y = state[1];
        double mu = par[MU];
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = 0;
        out[4] = 0;
        out[5] = 1;
        out[6] = -1;
        out[7] = 2 * y;
        out[8] = -mu;
    }
}
