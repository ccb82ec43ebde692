package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hyperchaotic Yang-Chen system: x' = a (y - x), y' = c x - x z + w, z' = -b z + x y, w' = -d x.
 * Parameters (a, b, c, d).
 */
public final class HyperYangChen extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    public HyperYangChen(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "a", "b", "c", "d");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        out[0] = p[A] * (y - x);
        out[1] = p[C] * x - x * z + w;
        out[2] = -p[B] * z + x * y;
        out[3] = -p[D] * x;
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
        out[4] = p[C] - z;
        out[6] = -x;
        out[7] = 1;
        out[8] = y;
        out[9] = x;
        out[10] = -p[B];
        out[12] = -p[D];
    }
}
