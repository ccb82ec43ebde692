package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Bedhead map (Ivan Emrich): x' = y sin(x y / b) + cos(a x - y), y' = x + sin(y) / b. Parameters (a, b). */
public final class Bedhead extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public Bedhead(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "a", "b");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        double b = par[B];
        out[0] = y * Math.sin(x * y / b) + Math.cos(a * x - y);
        out[1] = x + Math.sin(y) / b;
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
        out[0] = y * y * Math.cos(x * y / b) / b - a * Math.sin(a * x - y);
        out[1] = Math.sin(x * y / b) + x * y * Math.cos(x * y / b) / b + Math.sin(a * x - y);
        out[2] = 1;
        out[3] = Math.cos(y) / b;
    }
}
