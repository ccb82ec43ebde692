package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hyperchaotic Lu system: x' = a (y - x) + w, y' = -x z + c y, z' = x y - b z, w' = d w + x z.
 * Parameters (a, b, c, d).
 */
public final class HyperLu extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    public HyperLu(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "a", "b", "c", "d");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        out[0] = p[A] * (y - x) + w;
        out[1] = -x * z + p[C] * y;
        out[2] = x * y - p[B] * z;
        out[3] = p[D] * w + x * z;
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
        out[12] = z;
        out[14] = x;
        out[15] = p[D];
    }
}
