package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Chua's circuit with the three-segment diode f(x) = m1 x + (m0 - m1)(|x + 1| - |x - 1|) / 2:
 * x' = alpha (y - x - f(x)), y' = x - y + z, z' = -beta y. Parameters (alpha, beta, m0, m1).
 * The Jacobian is piecewise constant; at the kinks |x| = 1 it takes the outer slope m1.
 */
public final class Chua extends AbstractDynamicalSystem {
    private static final int ALPHA = 0;
    private static final int BETA = 1;
    private static final int M0 = 2;
    private static final int M1 = 3;

    public Chua(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "alpha", "beta", "m0", "m1");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double m1 = p[M1];
        double diode = m1 * x + 0.5 * (p[M0] - m1) * (Math.abs(x + 1) - Math.abs(x - 1));
        out[0] = p[ALPHA] * (y - x - diode);
        out[1] = x - y + z;
        out[2] = -p[BETA] * y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double slope = Math.abs(s[0]) < 1 ? p[M0] : p[M1];
        double alpha = p[ALPHA];
        out[0] = -alpha * (1 + slope);
        out[1] = alpha;
        out[2] = 0;
        out[3] = 1;
        out[4] = -1;
        out[5] = 1;
        out[6] = 0;
        out[7] = -p[BETA];
        out[8] = 0;
    }
}
