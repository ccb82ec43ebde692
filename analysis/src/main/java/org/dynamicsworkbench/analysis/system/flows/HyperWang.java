package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hyperchaotic Wang system: x' = a (y - x), y' = -x z + b x + w, z' = -c z + e x^2, w' = -d x.
 * Parameters (a, b, c, d, e).
 */
public final class HyperWang extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;

    public HyperWang(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "a", "b", "c", "d", "e");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        out[0] = p[A] * (y - x);
        out[1] = -x * z + p[B] * x + w;
        out[2] = -p[C] * z + p[E] * x * x;
        out[3] = -p[D] * x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double z = s[2];
        Arrays.fill(out, 0, 16, 0.0);
        out[0] = -p[A];
        out[1] = p[A];
        out[4] = p[B] - z;
        out[6] = -x;
        out[7] = 1;
        out[8] = 2 * p[E] * x;
        out[10] = -p[C];
        out[12] = -p[D];
    }
}
