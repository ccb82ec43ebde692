package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Forced Duffing oscillator in dysts' autonomous three-variable form, the forcing phase z integrated
 * raw (no cos z post-processing): x' = y, y' = -delta y - beta x - alpha x^3 + gamma cos z, z' = omega.
 * Parameters (alpha, beta, delta, gamma, omega).
 */
public final class Duffing extends AbstractDynamicalSystem {
    private static final int ALPHA = 0;
    private static final int BETA = 1;
    private static final int DELTA = 2;
    private static final int GAMMA = 3;
    private static final int OMEGA = 4;

    public Duffing(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "alpha", "beta", "delta", "gamma", "omega");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = y;
        out[1] = -p[DELTA] * y - p[BETA] * x - p[ALPHA] * x * x * x + p[GAMMA] * Math.cos(s[2]);
        out[2] = p[OMEGA];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = -p[BETA] - 3 * p[ALPHA] * x * x;
        out[4] = -p[DELTA];
        out[5] = -p[GAMMA] * Math.sin(s[2]);
        out[6] = 0;
        out[7] = 0;
        out[8] = 0;
    }
}
