package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Atmospheric regime-transition model (Tuwankotta et al.): x' = mu1 x + sigma x y,
 * y' = mu2 y + omega z + alpha y z + beta z^2 - sigma x^2, z' = mu2 z - omega y - alpha y^2 - beta y z.
 * Parameters (alpha, beta, mu1, mu2, omega, sigma).
 */
public final class AtmosphericRegime extends AbstractDynamicalSystem {
    private static final int ALPHA = 0;
    private static final int BETA = 1;
    private static final int MU1 = 2;
    private static final int MU2 = 3;
    private static final int OMEGA = 4;
    private static final int SIGMA = 5;

    public AtmosphericRegime(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "alpha", "beta", "mu1", "mu2", "omega", "sigma");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = p[MU1] * x + p[SIGMA] * x * y;
        out[1] = p[MU2] * y + p[OMEGA] * z + p[ALPHA] * y * z + p[BETA] * z * z - p[SIGMA] * x * x;
        out[2] = p[MU2] * z - p[OMEGA] * y - p[ALPHA] * y * y - p[BETA] * y * z;
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
        out[0] = p[MU1] + p[SIGMA] * y;
        out[1] = p[SIGMA] * x;
        out[2] = 0;
        out[3] = -2 * p[SIGMA] * x;
        out[4] = p[MU2] + p[ALPHA] * z;
        out[5] = p[OMEGA] + p[ALPHA] * y + 2 * p[BETA] * z;
        out[6] = 0;
        out[7] = -p[OMEGA] - 2 * p[ALPHA] * y - p[BETA] * z;
        out[8] = p[MU2] - p[BETA] * y;
    }
}
