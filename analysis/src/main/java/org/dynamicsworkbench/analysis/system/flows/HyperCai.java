package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hyperchaotic Cai system: x' = a (y - x), y' = b x + c y - x z + w, z' = -d z + y^2, w' = -e x.
 * Parameters (a, b, c, d, e).
 */
public final class HyperCai extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;

    public HyperCai(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "a", "b", "c", "d", "e");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        out[0] = p[A] * (y - x);
        out[1] = p[B] * x + p[C] * y - x * z + w;
        out[2] = -p[D] * z + y * y;
        out[3] = -p[E] * x;
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
        out[4] = p[B] - z;
        out[5] = p[C];
        out[6] = -x;
        out[7] = 1;
        out[9] = 2 * y;
        out[10] = -p[D];
        out[12] = -p[E];
    }
}
