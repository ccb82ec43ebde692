package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Halvorsen's cyclically symmetric attractor: x' = -a x - b y - b z - y^2, y' = -a y - b z - b x - z^2,
 * z' = -a z - b x - b y - x^2. Parameters (a, b).
 */
public final class Halvorsen extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public Halvorsen(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double a = p[A];
        double b = p[B];
        out[0] = -a * x - b * y - b * z - y * y;
        out[1] = -a * y - b * z - b * x - z * z;
        out[2] = -a * z - b * x - b * y - x * x;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double a = p[A];
        double b = p[B];
        out[0] = -a;
        out[1] = -b - 2 * s[1];
        out[2] = -b;
        out[3] = -b;
        out[4] = -a;
        out[5] = -b - 2 * s[2];
        out[6] = -b - 2 * s[0];
        out[7] = -b;
        out[8] = -a;
    }
}
