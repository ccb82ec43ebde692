package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Kawczynski-Strizhak model of the Belousov-Zhabotinsky reaction (dysts form):
 * x' = gamma (y - x^3 + 3 mu x), y' = -2 mu x - y - z + beta, z' = kappa (x - z).
 * Parameters (beta, gamma, kappa, mu).
 */
public final class KawczynskiStrizhak extends AbstractDynamicalSystem {
    private static final int BETA = 0;
    private static final int GAMMA = 1;
    private static final int KAPPA = 2;
    private static final int MU = 3;

    public KawczynskiStrizhak(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "beta", "gamma", "kappa", "mu");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double beta = par[BETA];
        double gamma = par[GAMMA];
        double kappa = par[KAPPA];
        double mu = par[MU];
        out[0] = gamma * (y - x * x * x + 3 * mu * x);
        out[1] = -2 * mu * x - y - z + beta;
        out[2] = kappa * (x - z);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double gamma = par[GAMMA];
        double kappa = par[KAPPA];
        double mu = par[MU];
        out[0] = gamma * (3 * mu - 3 * x * x);
        out[1] = gamma;
        out[2] = 0;
        out[3] = -2 * mu;
        out[4] = -1;
        out[5] = -1;
        out[6] = kappa;
        out[7] = 0;
        out[8] = -kappa;
    }
}
