package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Colpitts oscillator (piecewise-linear transistor): with u = z - (e - 1) and f(u) = max(-u, 0),
 * x' = y - a f(u), y' = c - x - b y - z, z' = y - d z. The right-hand side is piecewise linear; the
 * Jacobian is that of the linear piece containing the state (at u = 0 that of the piece u >= 0).
 * Parameters (a, b, c, d, e).
 */
public final class Colpitts extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;

    public Colpitts(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c", "d", "e");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double u = z - (p[E] - 1);
        double f = u < 0 ? -u : 0;
        out[0] = y - p[A] * f;
        out[1] = p[C] - x - p[B] * y - z;
        out[2] = y - p[D] * z;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double u = s[2] - (p[E] - 1);
        out[0] = 0;
        out[1] = 1;
        out[2] = u < 0 ? p[A] : 0;
        out[3] = -1;
        out[4] = -p[B];
        out[5] = -1;
        out[6] = 0;
        out[7] = 1;
        out[8] = -p[D];
    }
}
