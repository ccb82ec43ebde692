package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Logistic map (May 1976): x' = r x (1 - x). Parameter (r). */
public final class Logistic extends AbstractDynamicalSystem {
    private static final int R = 0;

    public Logistic(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 1, "r");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        out[0] = p[R] * x * (1 - x);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        out[0] = p[R] * (1 - 2 * s[0]);
    }
}
