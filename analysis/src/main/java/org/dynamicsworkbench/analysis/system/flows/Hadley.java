package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hadley circulation: x' = -y^2 - z^2 - a x + a f, y' = x y - b x z - y + g, z' = b x y + x z - z.
 * Parameters (a, b, f, g).
 */
public final class Hadley extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int F = 2;
    private static final int G = 3;

    public Hadley(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "f", "g");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = -y * y - z * z - p[A] * x + p[A] * p[F];
        out[1] = x * y - p[B] * x * z - y + p[G];
        out[2] = p[B] * x * y + x * z - z;
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
        out[0] = -p[A];
        out[1] = -2 * y;
        out[2] = -2 * z;
        out[3] = y - p[B] * z;
        out[4] = x - 1;
        out[5] = -p[B] * x;
        out[6] = p[B] * y + z;
        out[7] = p[B] * x;
        out[8] = x - 1;
    }
}
