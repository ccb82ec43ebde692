package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Lorenz (1963): x' = sigma (y - x), y' = rho x - x z - y, z' = x y - beta z. Parameters (beta, rho, sigma). */
public final class Lorenz extends AbstractDynamicalSystem {
    private static final int BETA = 0;
    private static final int RHO = 1;
    private static final int SIGMA = 2;

    public Lorenz(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "beta", "rho", "sigma");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = p[SIGMA] * (y - x);
        out[1] = p[RHO] * x - x * z - y;
        out[2] = x * y - p[BETA] * z;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double sigma = p[SIGMA];
        out[0] = -sigma;
        out[1] = sigma;
        out[2] = 0;
        out[3] = p[RHO] - z;
        out[4] = -1;
        out[5] = -x;
        out[6] = y;
        out[7] = x;
        out[8] = -p[BETA];
    }
}
