package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Ricker population map x' = x exp(a - x). Parameter (a). */
public final class Ricker extends AbstractDynamicalSystem {
    private static final int A = 0;

    public Ricker(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 1, "a");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double a = par[A];
        out[0] = x * Math.exp(a - x);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double a = par[A];
        out[0] = (1 - x) * Math.exp(a - x);
    }
}
