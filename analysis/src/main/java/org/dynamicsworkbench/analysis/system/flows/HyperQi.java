package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hyperchaotic Qi system: x' = a (y - x) + y z, y' = b (x + y) - x z, z' = -c z - e w + x y,
 * w' = -d w + f z + x y. Parameters (a, b, c, d, e, f).
 */
public final class HyperQi extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;
    private static final int F = 5;

    public HyperQi(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "a", "b", "c", "d", "e", "f");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        out[0] = p[A] * (y - x) + y * z;
        out[1] = p[B] * (x + y) - x * z;
        out[2] = -p[C] * z - p[E] * w + x * y;
        out[3] = -p[D] * w + p[F] * z + x * y;
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
        out[1] = p[A] + z;
        out[2] = y;
        out[3] = 0;
        out[4] = p[B] - z;
        out[5] = p[B];
        out[6] = -x;
        out[7] = 0;
        out[8] = y;
        out[9] = x;
        out[10] = -p[C];
        out[11] = -p[E];
        out[12] = y;
        out[13] = x;
        out[14] = p[F];
        out[15] = -p[D];
    }
}
