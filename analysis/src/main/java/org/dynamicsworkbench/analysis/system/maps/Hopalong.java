package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hopalong map (Barry Martin) in dysts' shifted form: x' = y - 1 - sqrt(|b x - 1 - c|) sign(x - 1),
 * y' = a - x - 1. Parameters (a, b, c). The Jacobian is the piecewise one; it is infinite where b x = 1 + c.
 */
public final class Hopalong extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    public Hopalong(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "a", "b", "c");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        double b = par[B];
        double c = par[C];
        out[0] = y - 1 - Math.sqrt(Math.abs(b * x - 1 - c)) * Math.signum(x - 1);
        out[1] = a - x - 1;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double b = par[B];
        double c = par[C];
        double u = b * x - 1 - c;
        out[0] = -Math.signum(x - 1) * b * Math.signum(u) / (2 * Math.sqrt(Math.abs(u)));
        out[1] = 1;
        out[2] = -1;
        out[3] = 0;
    }
}
