package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Bogdanov map: y' = (1 + eps) y + k x (x - 1) + mu x y, x' = x + y'. Parameters (eps, k, mu). */
public final class Bogdanov extends AbstractDynamicalSystem {
    private static final int EPS = 0;
    private static final int K = 1;
    private static final int MU = 2;

    public Bogdanov(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "eps", "k", "mu");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double eps = par[EPS];
        double k = par[K];
        double mu = par[MU];
        double next = (1 + eps) * y + k * x * (x - 1) + mu * x * y;
        out[0] = x + next;
        out[1] = next;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double eps = par[EPS];
        double k = par[K];
        double mu = par[MU];
        double dx = k * (2 * x - 1) + mu * y;
        double dy = 1 + eps + mu * x;
        out[0] = 1 + dx;
        out[1] = dy;
        out[2] = dx;
        out[3] = dy;
    }
}
