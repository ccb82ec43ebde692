package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Chen-Lee: x' = a x - y z, y' = b y + x z, z' = c z + x y / 3. Parameters (a, b, c). */
public final class ChenLee extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    public ChenLee(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = p[A] * x - y * z;
        out[1] = p[B] * y + x * z;
        out[2] = p[C] * z + x * y / 3.0;
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
        out[0] = p[A];
        out[1] = -z;
        out[2] = -y;
        out[3] = z;
        out[4] = p[B];
        out[5] = x;
        out[6] = y / 3.0;
        out[7] = x / 3.0;
        out[8] = p[C];
    }
}
