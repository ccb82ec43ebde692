package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hyperchaotic Xu system: x' = a (y - x) + w, y' = b x + e x z, z' = -c z - x y, w' = x z - d y.
 * Parameters (a, b, c, d, e).
 */
public final class HyperXu extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;

    public HyperXu(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "a", "b", "c", "d", "e");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        out[0] = p[A] * (y - x) + w;
        out[1] = p[B] * x + p[E] * x * z;
        out[2] = -p[C] * z - x * y;
        out[3] = x * z - p[D] * y;
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
        Arrays.fill(out, 0, 16, 0.0);
        out[0] = -p[A];
        out[1] = p[A];
        out[3] = 1;
        out[4] = p[B] + p[E] * z;
        out[6] = p[E] * x;
        out[8] = -y;
        out[9] = -x;
        out[10] = -p[C];
        out[12] = z;
        out[13] = -p[D];
        out[14] = x;
    }
}
