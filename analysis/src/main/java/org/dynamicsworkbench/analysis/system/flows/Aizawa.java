package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Aizawa: x' = x z - b x - d y, y' = d x + y z - b y,
 * z' = c + a z - z^3/3 - x^2 - y^2 - e z x^2 - e z y^2 + f z x^3. Parameters (a, b, c, d, e, f).
 */
public final class Aizawa extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;
    private static final int F = 5;

    public Aizawa(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c", "d", "e", "f");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double b = p[B];
        double d = p[D];
        double e = p[E];
        out[0] = x * z - b * x - d * y;
        out[1] = d * x + y * z - b * y;
        out[2] = p[C] + p[A] * z - z * z * z / 3.0 - x * x - y * y - e * z * x * x - e * z * y * y
                + p[F] * z * x * x * x;
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
        double d = p[D];
        double e = p[E];
        double f = p[F];
        out[0] = z - b;
        out[1] = -d;
        out[2] = x;
        out[3] = d;
        out[4] = z - b;
        out[5] = y;
        out[6] = -2 * x - 2 * e * z * x + 3 * f * z * x * x;
        out[7] = -2 * y - 2 * e * z * y;
        out[8] = p[A] - z * z - e * x * x - e * y * y + f * x * x * x;
    }
}
