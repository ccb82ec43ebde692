package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Sprott (2014) piecewise system, x' = y, y' = -x - sign(z) y, z' = y^2 - exp(-x^2) (a piecewise-smooth
 * flow; the Jacobian is
 * the piecewise one, the jump of sign z at z = 0 contributing nothing). No parameters.
 */
public final class SprottMore extends AbstractDynamicalSystem {
    public SprottMore(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3);
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        out[0] = y;
        out[1] = -x - Math.signum(z) * y;
        out[2] = y * y - Math.exp(-x * x);
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
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = -1;
        out[4] = -Math.signum(z);
        out[5] = 0;
        out[6] = 2 * x * Math.exp(-x * x);
        out[7] = 2 * y;
        out[8] = 0;
    }
}
