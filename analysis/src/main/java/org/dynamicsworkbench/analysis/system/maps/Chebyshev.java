package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Chebyshev map x' = cos(a arccos x) on [-1, 1]. Parameter (a). Outside [-1, 1] the result is NaN. */
public final class Chebyshev extends AbstractDynamicalSystem {
    private static final int A = 0;

    public Chebyshev(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 1, "a");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double a = par[A];
        out[0] = Math.cos(a * Math.acos(x));
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double a = par[A];
        out[0] = a * Math.sin(a * Math.acos(x)) / Math.sqrt(1 - x * x);
    }
}
