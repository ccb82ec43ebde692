package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Isothermal autocatalytic reaction (Petrov, Scott and Showalter), state (alpha, beta, gamma):
 * alpha' = mu (kappa + gamma) - alpha beta^2 - alpha, beta' = (alpha beta^2 + alpha - beta) / sigma,
 * gamma' = (beta - gamma) / delta. Parameters (delta, kappa, mu, sigma).
 */
public final class IsothermalChemical extends AbstractDynamicalSystem {
    private static final int DELTA = 0;
    private static final int KAPPA = 1;
    private static final int MU = 2;
    private static final int SIGMA = 3;

    public IsothermalChemical(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "delta", "kappa", "mu", "sigma");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double alpha = s[0];
        double beta = s[1];
        double gamma = s[2];
        out[0] = p[MU] * (p[KAPPA] + gamma) - alpha * beta * beta - alpha;
        out[1] = (alpha * beta * beta + alpha - beta) / p[SIGMA];
        out[2] = (beta - gamma) / p[DELTA];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double alpha = s[0];
        double beta = s[1];
        out[0] = -beta * beta - 1;
        out[1] = -2 * alpha * beta;
        out[2] = p[MU];
        out[3] = (beta * beta + 1) / p[SIGMA];
        out[4] = (2 * alpha * beta - 1) / p[SIGMA];
        out[5] = 0;
        out[6] = 0;
        out[7] = 1 / p[DELTA];
        out[8] = -1 / p[DELTA];
    }
}
