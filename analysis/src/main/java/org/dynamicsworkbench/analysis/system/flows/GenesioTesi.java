package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Genesio-Tesi jerk system: x' = y, y' = z, z' = -c x - b y - a z + x^2. Parameters (a, b, c). */
public final class GenesioTesi extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    public GenesioTesi(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        out[0] = s[1];
        out[1] = s[2];
        out[2] = -p[C] * x - p[B] * s[1] - p[A] * s[2] + x * x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = 0;
        out[4] = 0;
        out[5] = 1;
        out[6] = -p[C] + 2 * s[0];
        out[7] = -p[B];
        out[8] = -p[A];
    }
}
