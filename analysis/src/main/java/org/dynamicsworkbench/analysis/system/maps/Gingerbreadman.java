package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Gingerbreadman map (Devaney): x' = 1 - y + |x|, y' = x. No parameters. Piecewise linear and area
 * preserving; the Jacobian is the piecewise one (d|x|/dx = sign x, 0 at x = 0).
 */
public final class Gingerbreadman extends AbstractDynamicalSystem {
    public Gingerbreadman(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2);
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        out[0] = 1 - y + Math.abs(x);
        out[1] = x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        out[0] = Math.signum(x);
        out[1] = -1;
        out[2] = 1;
        out[3] = 0;
    }
}
