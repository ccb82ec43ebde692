package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Salton Sea ecosystem model (Chattopadhyay et al.): fish x, infected fish y, pelicans z,
 * x' = r x (1 - (x + y) / k) - lam x y, y' = lam x y - m y z / (y + a) - mu y, z' = th y z / (y + a) - d z.
 * Parameters (a, d, k, lam, m, mu, r, th).
 */
public final class SaltonSea extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int D = 1;
    private static final int K = 2;
    private static final int LAM = 3;
    private static final int M = 4;
    private static final int MU = 5;
    private static final int R = 6;
    private static final int TH = 7;

    public SaltonSea(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "d", "k", "lam", "m", "mu", "r", "th");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double d = par[D];
        double k = par[K];
        double lam = par[LAM];
        double m = par[M];
        double mu = par[MU];
        double r = par[R];
        double th = par[TH];
        out[0] = r * x * (1 - (x + y) / k) - lam * x * y;
        out[1] = lam * x * y - m * y * z / (y + a) - mu * y;
        out[2] = th * y * z / (y + a) - d * z;
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
        double d = par[D];
        double k = par[K];
        double lam = par[LAM];
        double m = par[M];
        double mu = par[MU];
        double r = par[R];
        double th = par[TH];
        out[0] = r * (1 - (x + y) / k) - r * x / k - lam * y;
        out[1] = -r * x / k - lam * x;
        out[2] = 0;
        out[3] = lam * y;
        out[4] = lam * x - m * z * a / ((y + a) * (y + a)) - mu;
        out[5] = -m * y / (y + a);
        out[6] = 0;
        out[7] = th * z * a / ((y + a) * (y + a));
        out[8] = th * y / (y + a) - d;
    }
}
