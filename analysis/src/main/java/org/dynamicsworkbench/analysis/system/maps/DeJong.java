package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Peter de Jong map: x' = sin(a y) - cos(b x), y' = sin(c x) - cos(d y). Parameters (a, b, c, d). */
public final class DeJong extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    public DeJong(SystemMetadata metadata) {
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
        out[0] = Math.sin(a * y) - Math.cos(b * x);
        out[1] = Math.sin(c * x) - Math.cos(d * y);
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
        out[0] = b * Math.sin(b * x);
        out[1] = a * Math.cos(a * y);
        out[2] = c * Math.cos(c * x);
        out[3] = d * Math.sin(d * y);
    }
}
