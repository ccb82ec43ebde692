package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Qi four-wing hyperchaotic system: x' = a (y - x) + y z w, y' = b (x + y) - x z w, z' = -c z + x y w,
 * w' = -d w + x y z. Parameters (a, b, c, d).
 */
public final class Qi extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    public Qi(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "a", "b", "c", "d");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double w = state[3];
        double a = par[A];
        double b = par[B];
        double c = par[C];
        double d = par[D];
        out[0] = a * (y - x) + y * z * w;
        out[1] = b * (x + y) - x * z * w;
        out[2] = -c * z + x * y * w;
        out[3] = -d * w + x * y * z;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double w = state[3];
        double a = par[A];
        double b = par[B];
        double c = par[C];
        double d = par[D];
        out[0] = -a;
        out[1] = a + z * w;
        out[2] = y * w;
        out[3] = y * z;
        out[4] = b - z * w;
        out[5] = b;
        out[6] = -x * w;
        out[7] = -x * z;
        out[8] = y * w;
        out[9] = x * w;
        out[10] = -c;
        out[11] = x * y;
        out[12] = y * z;
        out[13] = x * z;
        out[14] = x * y;
        out[15] = -d;
    }
}
