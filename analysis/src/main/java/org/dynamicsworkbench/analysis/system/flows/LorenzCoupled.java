package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Two Lorenz systems, the first driving the second through x (dysts form):
 * x1' = sigma (y1 - x1), y1' = rho1 x1 - x1 z1 - y1, z1' = x1 y1 - beta z1,
 * x2' = sigma (y2 - x2) + eps (x1 - x2), y2' = rho2 x2 - x2 z2 - y2, z2' = x2 y2 - beta z2.
 * Parameters (beta, eps, rho, rho1, rho2, sigma); rho is in the dysts metadata but its equations do not use
 * it, so it has no effect here either.
 */
public final class LorenzCoupled extends AbstractDynamicalSystem {
    private static final int BETA = 0;
    private static final int EPS = 1;
    private static final int RHO = 2;
    private static final int RHO1 = 3;
    private static final int RHO2 = 4;
    private static final int SIGMA = 5;

    public LorenzCoupled(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 6, "beta", "eps", "rho", "rho1", "rho2", "sigma");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x1 = state[0];
        double y1 = state[1];
        double z1 = state[2];
        double x2 = state[3];
        double y2 = state[4];
        double z2 = state[5];
        double beta = par[BETA];
        double eps = par[EPS];
        double rho1 = par[RHO1];
        double rho2 = par[RHO2];
        double sigma = par[SIGMA];
        out[0] = sigma * (y1 - x1);
        out[1] = rho1 * x1 - x1 * z1 - y1;
        out[2] = x1 * y1 - beta * z1;
        out[3] = sigma * (y2 - x2) + eps * (x1 - x2);
        out[4] = rho2 * x2 - x2 * z2 - y2;
        out[5] = x2 * y2 - beta * z2;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x1 = state[0];
        double y1 = state[1];
        double z1 = state[2];
        double x2 = state[3];
        double y2 = state[4];
        double z2 = state[5];
        double beta = par[BETA];
        double eps = par[EPS];
        double rho1 = par[RHO1];
        double rho2 = par[RHO2];
        double sigma = par[SIGMA];
        out[0] = -sigma;
        out[1] = sigma;
        out[2] = 0;
        out[3] = 0;
        out[4] = 0;
        out[5] = 0;
        out[6] = rho1 - z1;
        out[7] = -1;
        out[8] = -x1;
        out[9] = 0;
        out[10] = 0;
        out[11] = 0;
        out[12] = y1;
        out[13] = x1;
        out[14] = -beta;
        out[15] = 0;
        out[16] = 0;
        out[17] = 0;
        out[18] = eps;
        out[19] = 0;
        out[20] = 0;
        out[21] = -sigma - eps;
        out[22] = sigma;
        out[23] = 0;
        out[24] = 0;
        out[25] = 0;
        out[26] = 0;
        out[27] = rho2 - z2;
        out[28] = -1;
        out[29] = -x2;
        out[30] = 0;
        out[31] = 0;
        out[32] = 0;
        out[33] = y2;
        out[34] = x2;
        out[35] = -beta;
    }
}
