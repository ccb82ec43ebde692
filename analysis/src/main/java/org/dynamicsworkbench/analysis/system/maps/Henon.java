package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Henon map: x' = 1 - a x^2 + y, y' = b x. Parameters (a, b); the Jacobian determinant is -b everywhere. */
public final class Henon extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public Henon(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "a", "b");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        out[0] = 1 - p[A] * x * x + s[1];
        out[1] = p[B] * x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        out[0] = -2 * p[A] * s[0];
        out[1] = 1;
        out[2] = p[B];
        out[3] = 0;
    }
}
