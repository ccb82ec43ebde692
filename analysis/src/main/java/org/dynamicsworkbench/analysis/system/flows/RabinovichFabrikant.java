package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Rabinovich-Fabrikant system: x' = y (z - 1 + x^2) + g x, y' = x (3 z + 1 - x^2) + g y,
 * z' = -2 z (a + x y). Parameters (a, g).
 */
public final class RabinovichFabrikant extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int G = 1;

    public RabinovichFabrikant(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "g");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double g = par[G];
        out[0] = y * (z - 1 + x * x) + g * x;
        out[1] = x * (3 * z + 1 - x * x) + g * y;
        out[2] = -2 * z * (a + x * y);
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
        double g = par[G];
        out[0] = 2 * x * y + g;
        out[1] = z - 1 + x * x;
        out[2] = y;
        out[3] = 3 * z + 1 - 3 * x * x;
        out[4] = g;
        out[5] = 3 * x;
        out[6] = -2 * y * z;
        out[7] = -2 * x * z;
        out[8] = -2 * (a + x * y);
    }
}
