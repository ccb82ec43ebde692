package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Guckenheimer-Holmes cycle: x' = a x - b y + c z x + d z (x^2 + y^2), y' = a y + b x + c z y,
 * z' = e - z^2 - f (x^2 + y^2) - a z^3. Parameters (a, b, c, d, e, f).
 */
public final class GuckenheimerHolmes extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;
    private static final int F = 5;

    public GuckenheimerHolmes(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c", "d", "e", "f");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double radius2 = x * x + y * y;
        out[0] = p[A] * x - p[B] * y + p[C] * z * x + p[D] * z * radius2;
        out[1] = p[A] * y + p[B] * x + p[C] * z * y;
        out[2] = p[E] - z * z - p[F] * radius2 - p[A] * z * z * z;
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
        out[0] = p[A] + p[C] * z + 2 * p[D] * z * x;
        out[1] = -p[B] + 2 * p[D] * z * y;
        out[2] = p[C] * x + p[D] * (x * x + y * y);
        out[3] = p[B];
        out[4] = p[A] + p[C] * z;
        out[5] = p[C] * y;
        out[6] = -2 * p[F] * x;
        out[7] = -2 * p[F] * y;
        out[8] = -2 * z - 3 * p[A] * z * z;
    }
}
