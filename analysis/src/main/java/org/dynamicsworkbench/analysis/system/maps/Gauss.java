package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Gauss (mouse) map x' = exp(-a x^2) + b. Parameters (a, b). */
public final class Gauss extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public Gauss(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 1, "a", "b");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double a = par[A];
        double b = par[B];
        out[0] = Math.exp(-a * x * x) + b;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double a = par[A];
        out[0] = -2 * a * x * Math.exp(-a * x * x);
    }
}
