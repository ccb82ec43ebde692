package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Rossler (1976): x' = -y - z, y' = x + a y, z' = b + z x - c z. Parameters (a, b, c). */
public final class Rossler extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    public Rossler(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = -y - z;
        out[1] = x + p[A] * y;
        out[2] = p[B] + z * x - p[C] * z;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double z = s[2];
        out[0] = 0;
        out[1] = -1;
        out[2] = -1;
        out[3] = 1;
        out[4] = p[A];
        out[5] = 0;
        out[6] = z;
        out[7] = 0;
        out[8] = x - p[C];
    }
}
