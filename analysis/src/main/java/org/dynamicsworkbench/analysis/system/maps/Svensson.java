package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Svensson map: x' = d sin(a x) - sin(b y), y' = c cos(a x) + cos(b y). Parameters (a, b, c, d). */
public final class Svensson extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    public Svensson(SystemMetadata metadata) {
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
        out[0] = d * Math.sin(a * x) - Math.sin(b * y);
        out[1] = c * Math.cos(a * x) + Math.cos(b * y);
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
        out[0] = a * d * Math.cos(a * x);
        out[1] = -b * Math.cos(b * y);
        out[2] = -a * c * Math.sin(a * x);
        out[3] = -b * Math.sin(b * y);
    }
}
