package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Yu-Wang system with a cosh nonlinearity: x' = a (y - x), y' = b x - c x z, z' = cosh(x y) - d z.
 * Parameters (a, b, c, d).
 */
public final class YuWang2 extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    public YuWang2(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c", "d");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        double c = par[C];
        double d = par[D];
        out[0] = a * (y - x);
        out[1] = b * x - c * x * z;
        out[2] = Math.cosh(x * y) - d * z;
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
        double a = par[A];
        double b = par[B];
        double c = par[C];
        double d = par[D];
        double sh = Math.sinh(x * y);
        out[0] = -a;
        out[1] = a;
        out[2] = 0;
        out[3] = b - c * z;
        out[4] = 0;
        out[5] = -c * x;
        out[6] = y * sh;
        out[7] = x * sh;
        out[8] = -d;
    }
}
