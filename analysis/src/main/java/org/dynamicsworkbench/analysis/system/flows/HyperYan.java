package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hyperchaotic Yan system: x' = a (y - x), y' = (c - a) x - x z + c y, z' = -b z + x y - y z + x z - w,
 * w' = -d w + y z - x z. Parameters (a, b, c, d).
 */
public final class HyperYan extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    public HyperYan(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "a", "b", "c", "d");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        out[0] = p[A] * (y - x);
        out[1] = (p[C] - p[A]) * x - x * z + p[C] * y;
        out[2] = -p[B] * z + x * y - y * z + x * z - w;
        out[3] = -p[D] * w + y * z - x * z;
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
        out[1] = p[A];
        out[2] = 0;
        out[3] = 0;
        out[4] = p[C] - p[A] - z;
        out[5] = p[C];
        out[6] = -x;
        out[7] = 0;
        out[8] = y + z;
        out[9] = x - z;
        out[10] = -p[B] - y + x;
        out[11] = -1;
        out[12] = -z;
        out[13] = z;
        out[14] = y - x;
        out[15] = -p[D];
    }
}
