package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Baker's map as dysts writes it, with stretch factor 2 - 1e-10 so that binary floating point does not
 * collapse the orbit onto 0: k = floor((2 - 1e-10) x), x' = (2 - 1e-10) x - k, y' = (a y + k) / 2.
 * Parameter (a). The Jacobian is the piecewise-constant one, diag(2 - 1e-10, a / 2), off the cut.
 */
public final class Baker extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final double STRETCH = 2.0 - 1e-10;

    public Baker(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "a");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        double fold = Math.floor(STRETCH * x);
        out[0] = STRETCH * x - fold;
        out[1] = (a * y + fold) / 2;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double a = par[A];
        out[0] = STRETCH;
        out[1] = 0;
        out[2] = 0;
        out[3] = a / 2;
    }
}
