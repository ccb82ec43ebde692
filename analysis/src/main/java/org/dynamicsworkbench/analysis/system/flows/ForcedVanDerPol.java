package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Forced Van der Pol oscillator, forcing phase z integrated raw (no sin z post-processing):
 * x' = y, y' = mu (1 - x^2) y - x + a sin z, z' = w. Parameters (a, mu, w).
 */
public final class ForcedVanDerPol extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int MU = 1;
    private static final int W = 2;

    public ForcedVanDerPol(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "mu", "w");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = y;
        out[1] = p[MU] * (1 - x * x) * y - x + p[A] * Math.sin(s[2]);
        out[2] = p[W];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = -2 * p[MU] * x * s[1] - 1;
        out[4] = p[MU] * (1 - x * x);
        out[5] = p[A] * Math.cos(s[2]);
        out[6] = 0;
        out[7] = 0;
        out[8] = 0;
    }
}
