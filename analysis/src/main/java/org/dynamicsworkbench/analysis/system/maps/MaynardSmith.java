package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Maynard Smith population map: x' = y, y' = a y + b - x^2. Parameters (a, b). */
public final class MaynardSmith extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public MaynardSmith(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "a", "b");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        double b = par[B];
        out[0] = y;
        out[1] = a * y + b - x * x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double a = par[A];
        out[0] = 0;
        out[1] = 1;
        out[2] = -2 * x;
        out[3] = a;
    }
}
