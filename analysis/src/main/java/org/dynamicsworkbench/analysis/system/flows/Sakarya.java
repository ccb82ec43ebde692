package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Sakarya system: x' = a x + h y + s y z, y' = -b y - p x + q x z, z' = c z - r x y.
 * Parameters (a, b, c, h, p, q, r, s). The catalog's LiuChen is the same equations at other parameters
 * (in dysts it subclasses Sakarya), so it is registered with this class too.
 */
public final class Sakarya extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int H = 3;
    private static final int P = 4;
    private static final int Q = 5;
    private static final int R = 6;
    private static final int S = 7;

    public Sakarya(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c", "h", "p", "q", "r", "s");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        double c = par[C];
        double h = par[H];
        double p = par[P];
        double q = par[Q];
        double r = par[R];
        double s = par[S];
        out[0] = a * x + h * y + s * y * z;
        out[1] = -b * y - p * x + q * x * z;
        out[2] = c * z - r * x * y;
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
        double a = par[A];
        double b = par[B];
        double c = par[C];
        double h = par[H];
        double p = par[P];
        double q = par[Q];
        double r = par[R];
        double s = par[S];
        out[0] = a;
        out[1] = h + s * z;
        out[2] = s * y;
        out[3] = -p + q * z;
        out[4] = -b;
        out[5] = q * x;
        out[6] = -r * y;
        out[7] = -r * x;
        out[8] = c;
    }
}
