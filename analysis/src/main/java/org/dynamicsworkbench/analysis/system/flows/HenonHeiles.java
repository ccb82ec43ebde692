package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Henon-Heiles Hamiltonian system: x' = px, y' = py, px' = -x - 2 lam x y, py' = -y - lam x^2 + lam y^2.
 * State (x, y, px, py). Parameter (lam).
 */
public final class HenonHeiles extends AbstractDynamicalSystem {
    private static final int LAM = 0;

    public HenonHeiles(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "lam");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double lam = p[LAM];
        out[0] = s[2];
        out[1] = s[3];
        out[2] = -x - 2 * lam * x * y;
        out[3] = -y - lam * x * x + lam * y * y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double lam = p[LAM];
        Arrays.fill(out, 0, 16, 0.0);
        out[2] = 1;
        out[7] = 1;
        out[8] = -1 - 2 * lam * y;
        out[9] = -2 * lam * x;
        out[12] = -2 * lam * x;
        out[13] = -1 + 2 * lam * y;
    }
}
