package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Dequan Li: x' = a (y - x) + d x z, y' = k x + f y - x z, z' = c z + x y - eps x^2.
 * Parameters (a, c, d, eps, f, k).
 */
public final class DequanLi extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int C = 1;
    private static final int D = 2;
    private static final int EPS = 3;
    private static final int F = 4;
    private static final int K = 5;

    public DequanLi(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "c", "d", "eps", "f", "k");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = p[A] * (y - x) + p[D] * x * z;
        out[1] = p[K] * x + p[F] * y - x * z;
        out[2] = p[C] * z + x * y - p[EPS] * x * x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = -p[A] + p[D] * z;
        out[1] = p[A];
        out[2] = p[D] * x;
        out[3] = p[K] - z;
        out[4] = p[F];
        out[5] = -x;
        out[6] = y - 2 * p[EPS] * x;
        out[7] = x;
        out[8] = p[C];
    }
}
