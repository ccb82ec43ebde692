package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Wang-Sun four-scroll system: x' = a x + q y z, y' = b x + d y - x z, z' = e z + f x y.
 * Parameters (a, b, d, e, f, q).
 */
public final class WangSun extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int D = 2;
    private static final int E = 3;
    private static final int F = 4;
    private static final int Q = 5;

    public WangSun(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "d", "e", "f", "q");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        double d = par[D];
        double e = par[E];
        double f = par[F];
        double q = par[Q];
        out[0] = a * x + q * y * z;
        out[1] = b * x + d * y - x * z;
        out[2] = e * z + f * x * y;
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
        double d = par[D];
        double e = par[E];
        double f = par[F];
        double q = par[Q];
        out[0] = a;
        out[1] = q * z;
        out[2] = q * y;
        out[3] = b - z;
        out[4] = d;
        out[5] = -x;
        out[6] = f * y;
        out[7] = f * x;
        out[8] = e;
    }
}
