package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Tinkerbell map: x' = x^2 - y^2 + a x + b y, y' = 2 x y + c x + d y. Parameters (a, b, c, d). */
public final class Tinkerbell extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    public Tinkerbell(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "a", "b", "c", "d");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        double b = par[B];
        double c = par[C];
        double d = par[D];
        out[0] = x * x - y * y + a * x + b * y;
        out[1] = 2 * x * y + c * x + d * y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        double b = par[B];
        double c = par[C];
        double d = par[D];
        out[0] = 2 * x + a;
        out[1] = -2 * y + b;
        out[2] = 2 * y + c;
        out[3] = 2 * x + d;
    }
}
