package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Rucklidge (1992): x' = -a x + b y - y z, y' = x, z' = -z + y^2. Parameters (a, b). */
public final class Rucklidge extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public Rucklidge(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = -p[A] * x + p[B] * y - y * z;
        out[1] = x;
        out[2] = -z + y * y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double y = s[1];
        double z = s[2];
        out[0] = -p[A];
        out[1] = p[B] - z;
        out[2] = -y;
        out[3] = 1;
        out[4] = 0;
        out[5] = 0;
        out[6] = 0;
        out[7] = 2 * y;
        out[8] = -1;
    }
}
