package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Sprott torus, a conservative flow with nested tori and a chaotic sea (Sprott 2014):
 * x' = y + 2 x y + x z, y' = 1 - 2 x^2 + y z, z' = x - x^2 - y^2. No parameters.
 */
public final class SprottTorus extends AbstractDynamicalSystem {
    public SprottTorus(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3);
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        out[0] = y + 2 * x * y + x * z;
        out[1] = 1 - 2 * x * x + y * z;
        out[2] = x - x * x - y * y;
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
        out[0] = 2 * y + z;
        out[1] = 1 + 2 * x;
        out[2] = x;
        out[3] = -4 * x;
        out[4] = z;
        out[5] = y;
        out[6] = 1 - 2 * x;
        out[7] = -2 * y;
        out[8] = 0;
    }
}
