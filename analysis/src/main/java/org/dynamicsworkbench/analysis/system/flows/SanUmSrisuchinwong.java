package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * San-Um-Srisuchinwong system: x' = y - x, y' = -z tanh x, z' = -a + x y + |y|. Parameter (a).
 * The Jacobian is the piecewise one, d|y|/dy = sign(y) (0 at y = 0).
 */
public final class SanUmSrisuchinwong extends AbstractDynamicalSystem {
    private static final int A = 0;

    public SanUmSrisuchinwong(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        out[0] = y - x;
        out[1] = -z * Math.tanh(x);
        out[2] = -a + x * y + Math.abs(y);
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
        double tanhX = Math.tanh(x);
        out[0] = -1;
        out[1] = 1;
        out[2] = 0;
        out[3] = -z * (1 - tanhX * tanhX);
        out[4] = 0;
        out[5] = -tanhX;
        out[6] = y;
        out[7] = x + Math.signum(y);
        out[8] = 0;
    }
}
