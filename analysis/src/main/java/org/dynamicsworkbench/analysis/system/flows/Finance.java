package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Finance (Guoliang 2009): x' = (1/b - a) x + z + x y, y' = -b y - x^2, z' = -x - c z. Parameters (a, b, c). */
public final class Finance extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    public Finance(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = (1 / p[B] - p[A]) * x + z + x * y;
        out[1] = -p[B] * y - x * x;
        out[2] = -x - p[C] * z;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        out[0] = 1 / p[B] - p[A] + s[1];
        out[1] = x;
        out[2] = 1;
        out[3] = -2 * x;
        out[4] = -p[B];
        out[5] = 0;
        out[6] = -1;
        out[7] = 0;
        out[8] = -p[C];
    }
}
