package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hyperchaotic Rossler (Rossler 1979): x' = -y - z, y' = x + a y + w, z' = b + x z, w' = -c z + d w.
 * Parameters (a, b, c, d).
 */
public final class HyperRossler extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    public HyperRossler(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "a", "b", "c", "d");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        out[0] = -y - z;
        out[1] = x + p[A] * y + w;
        out[2] = p[B] + x * z;
        out[3] = -p[C] * z + p[D] * w;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        Arrays.fill(out, 0, 16, 0.0);
        out[1] = -1;
        out[2] = -1;
        out[4] = 1;
        out[5] = p[A];
        out[7] = 1;
        out[8] = s[2];
        out[10] = s[0];
        out[14] = -p[C];
        out[15] = p[D];
    }
}
