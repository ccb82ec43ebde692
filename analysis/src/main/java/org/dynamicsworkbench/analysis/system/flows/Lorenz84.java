package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Lorenz (1984) general-circulation model: x' = -a x - y^2 - z^2 + a f, y' = -y + x y - b x z + g,
 * z' = -z + b x y + x z. Parameters (a, b, f, g).
 */
public final class Lorenz84 extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int F = 2;
    private static final int G = 3;

    public Lorenz84(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "f", "g");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double a = p[A];
        double b = p[B];
        out[0] = -a * x - y * y - z * z + a * p[F];
        out[1] = -y + x * y - b * x * z + p[G];
        out[2] = -z + b * x * y + x * z;
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
        double b = p[B];
        out[0] = -p[A];
        out[1] = -2 * y;
        out[2] = -2 * z;
        out[3] = y - b * z;
        out[4] = -1 + x;
        out[5] = -b * x;
        out[6] = b * y + z;
        out[7] = b * x;
        out[8] = -1 + x;
    }
}
