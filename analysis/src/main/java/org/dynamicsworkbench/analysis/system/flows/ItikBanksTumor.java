package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Itik-Banks tumour model (tumour x, healthy y, effector z): x' = x (1 - x) - a12 x y - a13 x z,
 * y' = r2 y (1 - y) - a21 x y, z' = r3 x z / (x + k3) - a31 x z - d3 z.
 * Parameters (a12, a13, a21, a31, d3, k3, r2, r3).
 */
public final class ItikBanksTumor extends AbstractDynamicalSystem {
    private static final int A12 = 0;
    private static final int A13 = 1;
    private static final int A21 = 2;
    private static final int A31 = 3;
    private static final int D3 = 4;
    private static final int K3 = 5;
    private static final int R2 = 6;
    private static final int R3 = 7;

    public ItikBanksTumor(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a12", "a13", "a21", "a31", "d3", "k3", "r2", "r3");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = x * (1 - x) - p[A12] * x * y - p[A13] * x * z;
        out[1] = p[R2] * y * (1 - y) - p[A21] * x * y;
        out[2] = p[R3] * x * z / (x + p[K3]) - p[A31] * x * z - p[D3] * z;
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
        double shifted = x + p[K3];
        out[0] = 1 - 2 * x - p[A12] * y - p[A13] * z;
        out[1] = -p[A12] * x;
        out[2] = -p[A13] * x;
        out[3] = -p[A21] * y;
        out[4] = p[R2] * (1 - 2 * y) - p[A21] * x;
        out[5] = 0;
        out[6] = p[R3] * z * p[K3] / (shifted * shifted) - p[A31] * z;
        out[7] = 0;
        out[8] = p[R3] * x / shifted - p[A31] * x - p[D3];
    }
}
