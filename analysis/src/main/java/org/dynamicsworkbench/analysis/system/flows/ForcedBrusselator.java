package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Forced Brusselator, forcing phase z integrated raw: x' = a + x^2 y - (b + 1) x + f cos z,
 * y' = b x - x^2 y, z' = w. Parameters (a, b, f, w).
 */
public final class ForcedBrusselator extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int F = 2;
    private static final int W = 3;

    public ForcedBrusselator(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "f", "w");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = p[A] + x * x * y - (p[B] + 1) * x + p[F] * Math.cos(s[2]);
        out[1] = p[B] * x - x * x * y;
        out[2] = p[W];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = 2 * x * y - (p[B] + 1);
        out[1] = x * x;
        out[2] = -p[F] * Math.sin(s[2]);
        out[3] = p[B] - 2 * x * y;
        out[4] = -x * x;
        out[5] = 0;
        out[6] = 0;
        out[7] = 0;
        out[8] = 0;
    }
}
