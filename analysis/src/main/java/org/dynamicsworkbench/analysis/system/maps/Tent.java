package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Tent map x' = mu (1 - 2 |x - 1/2|). Parameter (mu). The Jacobian is the piecewise one, -2 mu sign(x - 1/2). */
public final class Tent extends AbstractDynamicalSystem {
    private static final int MU = 0;

    public Tent(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 1, "mu");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double mu = par[MU];
        out[0] = mu * (1 - 2 * Math.abs(x - 0.5));
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double mu = par[MU];
        out[0] = -2 * mu * Math.signum(x - 0.5);
    }
}
