package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Laser model (dysts form): x' = a (y - x) + b y z^2, y' = c x + d x z^2, z' = h z + k x^2.
 * Parameters (a, b, c, d, h, k).
 */
public final class Laser extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int H = 4;
    private static final int K = 5;

    public Laser(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c", "d", "h", "k");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        double c = par[C];
        double d = par[D];
        double h = par[H];
        double k = par[K];
        out[0] = a * (y - x) + b * y * z * z;
        out[1] = c * x + d * x * z * z;
        out[2] = h * z + k * x * x;
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
        double d = par[D];
        double h = par[H];
        double k = par[K];
        out[0] = -a;
        out[1] = a + b * z * z;
        out[2] = 2 * b * y * z;
        out[3] = c + d * z * z;
        out[4] = 0;
        out[5] = 2 * d * x * z;
        out[6] = 2 * k * x;
        out[7] = 0;
        out[8] = h;
    }
}
