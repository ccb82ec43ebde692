package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hyperchaotic Bao system: x' = a (y - x) + w, y' = c y - x z, z' = x y - b z, w' = e x + d y z.
 * Parameters (a, b, c, d, e).
 */
public final class HyperBao extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;

    public HyperBao(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "a", "b", "c", "d", "e");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        out[0] = p[A] * (y - x) + w;
        out[1] = p[C] * y - x * z;
        out[2] = x * y - p[B] * z;
        out[3] = p[E] * x + p[D] * y * z;
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
        out[4] = -z;
        out[5] = p[C];
        out[6] = -x;
        out[8] = y;
        out[9] = x;
        out[10] = -p[B];
        out[12] = p[E];
        out[13] = p[D] * z;
        out[14] = p[D] * y;
    }
}
