package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Lorenz system confined to a ball of radius r (Sprott & Xiong 2015): the Lorenz field multiplied by
 * f = 1 - (x^2 + y^2 + z^2) / r^2, i.e. x' = sigma (y - x) f, y' = (rho x - x z - y) f, z' = (x y - beta z) f
 * (dysts writes the products out term by term). Parameters (beta, r, rho, sigma).
 */
public final class LorenzBounded extends AbstractDynamicalSystem {
    private static final int BETA = 0;
    private static final int R = 1;
    private static final int RHO = 2;
    private static final int SIGMA = 3;

    public LorenzBounded(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "beta", "r", "rho", "sigma");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double beta = par[BETA];
        double r = par[R];
        double rho = par[RHO];
        double sigma = par[SIGMA];
        double f = 1 - (x * x + y * y + z * z) / (r * r);
        out[0] = sigma * (y - x) * f;
        out[1] = (rho * x - x * z - y) * f;
        out[2] = (x * y - beta * z) * f;
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
        double beta = par[BETA];
        double r = par[R];
        double rho = par[RHO];
        double sigma = par[SIGMA];
        double f = 1 - (x * x + y * y + z * z) / (r * r);
        // J = f J_Lorenz + L grad(f), grad(f) = -2 (x, y, z) / r^2
        double lx = sigma * (y - x);
        double ly = rho * x - x * z - y;
        double lz = x * y - beta * z;
        double gx = -2 * x / (r * r);
        double gy = -2 * y / (r * r);
        double gz = -2 * z / (r * r);
        out[0] = -sigma * f + lx * gx;
        out[1] = sigma * f + lx * gy;
        out[2] = lx * gz;
        out[3] = (rho - z) * f + ly * gx;
        out[4] = -f + ly * gy;
        out[5] = -x * f + ly * gz;
        out[6] = y * f + lz * gx;
        out[7] = x * f + lz * gy;
        out[8] = -beta * f + lz * gz;
    }
}
