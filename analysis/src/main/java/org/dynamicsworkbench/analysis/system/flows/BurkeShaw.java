package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Burke-Shaw: x' = -n (x + y), y' = y - n x z, z' = n x y + e. Parameters (e, n). */
public final class BurkeShaw extends AbstractDynamicalSystem {
    private static final int E = 0;
    private static final int N = 1;

    public BurkeShaw(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "e", "n");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double n = p[N];
        out[0] = -n * x - n * y;
        out[1] = y - n * x * s[2];
        out[2] = n * x * y + p[E];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double n = p[N];
        out[0] = -n;
        out[1] = -n;
        out[2] = 0;
        out[3] = -n * s[2];
        out[4] = 1;
        out[5] = -n * x;
        out[6] = n * s[1];
        out[7] = n * x;
        out[8] = 0;
    }
}
