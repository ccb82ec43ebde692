package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Sprott (1994) system M: x' = -z, y' = -x^2 - y, z' = a (1 + x) + y. Parameters (a). */
public final class SprottM extends AbstractDynamicalSystem {
    private static final int A = 0;

    public SprottM(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        out[0] = -z;
        out[1] = -x * x - y;
        out[2] = a + a * x + y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double a = par[A];
        out[0] = 0;
        out[1] = 0;
        out[2] = -1;
        out[3] = -2 * x;
        out[4] = -1;
        out[5] = 0;
        out[6] = a;
        out[7] = 1;
        out[8] = 0;
    }
}
