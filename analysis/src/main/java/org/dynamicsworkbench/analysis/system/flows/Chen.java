package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Chen (1999): x' = a (y - x), y' = (c - a) x - x z + c y, z' = x y - b z. Parameters (a, b, c). */
public final class Chen extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    public Chen(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double a = p[A];
        double c = p[C];
        out[0] = a * (y - x);
        out[1] = (c - a) * x - x * z + c * y;
        out[2] = x * y - p[B] * z;
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
        double a = p[A];
        double c = p[C];
        out[0] = -a;
        out[1] = a;
        out[2] = 0;
        out[3] = c - a - z;
        out[4] = c;
        out[5] = -x;
        out[6] = y;
        out[7] = x;
        out[8] = -p[B];
    }
}
