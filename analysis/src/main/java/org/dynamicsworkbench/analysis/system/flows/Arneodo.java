package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Arneodo: x' = y, y' = z, z' = -a x - b y - c z + d x^3. Parameters (a, b, c, d). */
public final class Arneodo extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    public Arneodo(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c", "d");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        out[0] = s[1];
        out[1] = s[2];
        out[2] = -p[A] * x - p[B] * s[1] - p[C] * s[2] + p[D] * x * x * x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = 0;
        out[4] = 0;
        out[5] = 1;
        out[6] = -p[A] + 3 * p[D] * x * x;
        out[7] = -p[B];
        out[8] = -p[C];
    }
}
