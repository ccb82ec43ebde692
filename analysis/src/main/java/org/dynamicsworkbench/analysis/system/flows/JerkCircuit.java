package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Jerk circuit with a diode nonlinearity (Sprott): x' = y, y' = z, z' = -z - x - eps (exp(y / y0) - 1).
 * Parameters (eps, y0).
 */
public final class JerkCircuit extends AbstractDynamicalSystem {
    private static final int EPS = 0;
    private static final int Y0 = 1;

    public JerkCircuit(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "eps", "y0");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        out[0] = s[1];
        out[1] = s[2];
        out[2] = -s[2] - s[0] - p[EPS] * (Math.exp(s[1] / p[Y0]) - 1);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = 0;
        out[4] = 0;
        out[5] = 1;
        out[6] = -1;
        out[7] = -p[EPS] * Math.exp(s[1] / p[Y0]) / p[Y0];
        out[8] = -1;
    }
}
