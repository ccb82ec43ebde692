package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Dadras: x' = y - p x + o y z, y' = r y - x z + z, z' = c x y - e z. Parameters (c, e, o, p, r).
 */
public final class Dadras extends AbstractDynamicalSystem {
    private static final int C = 0;
    private static final int E = 1;
    private static final int O = 2;
    private static final int P = 3;
    private static final int R = 4;

    public Dadras(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "c", "e", "o", "p", "r");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = y - p[P] * x + p[O] * y * z;
        out[1] = p[R] * y - x * z + z;
        out[2] = p[C] * x * y - p[E] * z;
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
        double o = p[O];
        double c = p[C];
        out[0] = -p[P];
        out[1] = 1 + o * z;
        out[2] = o * y;
        out[3] = -z;
        out[4] = p[R];
        out[5] = 1 - x;
        out[6] = c * y;
        out[7] = c * x;
        out[8] = -p[E];
    }
}
