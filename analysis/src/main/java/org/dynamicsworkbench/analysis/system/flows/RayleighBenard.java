package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Rayleigh-Benard convection model (dysts form): x' = a (y - x), y' = r y - x z, z' = x y - b z.
 * Parameters (a, b, r).
 */
public final class RayleighBenard extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int R = 2;

    public RayleighBenard(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "r");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        double r = par[R];
        out[0] = a * (y - x);
        out[1] = r * y - x * z;
        out[2] = x * y - b * z;
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
        double r = par[R];
        out[0] = -a;
        out[1] = a;
        out[2] = 0;
        out[3] = -z;
        out[4] = r;
        out[5] = -x;
        out[6] = y;
        out[7] = x;
        out[8] = -b;
    }
}
