package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Anishchenko-Astakhov oscillator: x' = mu x + y - x z, y' = -x, z' = -eta z + eta H(x) x^2, with H the
 * Heaviside step (H(0) = 0). The right-hand side is continuously differentiable (H(x) x^2 has derivative
 * 2 H(x) x), so the Jacobian is analytic everywhere. Parameters (eta, mu).
 */
public final class AnishchenkoAstakhov extends AbstractDynamicalSystem {
    private static final int ETA = 0;
    private static final int MU = 1;

    public AnishchenkoAstakhov(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "eta", "mu");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double z = s[2];
        double positivePart = x > 0 ? x : 0;
        out[0] = p[MU] * x + s[1] - x * z;
        out[1] = -x;
        out[2] = -p[ETA] * z + p[ETA] * positivePart * x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        out[0] = p[MU] - s[2];
        out[1] = 1;
        out[2] = -x;
        out[3] = -1;
        out[4] = 0;
        out[5] = 0;
        out[6] = x > 0 ? 2 * p[ETA] * x : 0;
        out[7] = 0;
        out[8] = -p[ETA];
    }
}
