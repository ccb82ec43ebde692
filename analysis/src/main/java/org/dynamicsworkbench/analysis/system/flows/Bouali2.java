package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Bouali's attractor in dysts' form, shared by the catalog entries {@code Bouali2} and {@code Bouali}
 * (same equations, different parameters): x' = a y0 x - a x y - b z, y' = -g y + g y x^2,
 * z' = -1.5 m x + m bb x z - c z. Parameters (a, b, bb, c, g, m, y0).
 */
public final class Bouali2 extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int BB = 2;
    private static final int C = 3;
    private static final int G = 4;
    private static final int M = 5;
    private static final int Y0 = 6;

    public Bouali2(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "bb", "c", "g", "m", "y0");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = p[A] * p[Y0] * x - p[A] * x * y - p[B] * z;
        out[1] = -p[G] * y + p[G] * y * x * x;
        out[2] = -1.5 * p[M] * x + p[M] * p[BB] * x * z - p[C] * z;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = p[A] * p[Y0] - p[A] * y;
        out[1] = -p[A] * x;
        out[2] = -p[B];
        out[3] = 2 * p[G] * x * y;
        out[4] = -p[G] + p[G] * x * x;
        out[5] = 0;
        out[6] = -1.5 * p[M] + p[M] * p[BB] * z;
        out[7] = 0;
        out[8] = p[M] * p[BB] * x - p[C];
    }
}
