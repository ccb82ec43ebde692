package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Blasius three-species food chain with Holling type II responses:
 * x' = a x - alpha1 x y / (1 + k1 x),
 * y' = -b y + alpha1 x y / (1 + k1 x) - alpha2 y z / (1 + k2 y),
 * z' = -c (z - zs) + alpha2 y z / (1 + k2 y).
 * Parameters (a, alpha1, alpha2, b, c, k1, k2, zs).
 */
public final class Blasius extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int ALPHA1 = 1;
    private static final int ALPHA2 = 2;
    private static final int B = 3;
    private static final int C = 4;
    private static final int K1 = 5;
    private static final int K2 = 6;
    private static final int ZS = 7;

    public Blasius(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "alpha1", "alpha2", "b", "c", "k1", "k2", "zs");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double prey = p[ALPHA1] * x * y / (1 + p[K1] * x);
        double predator = p[ALPHA2] * y * z / (1 + p[K2] * y);
        out[0] = p[A] * x - prey;
        out[1] = -p[B] * y + prey - predator;
        out[2] = -p[C] * (z - p[ZS]) + predator;
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
        double d1 = 1 + p[K1] * x;
        double d2 = 1 + p[K2] * y;
        double preyX = p[ALPHA1] * y / (d1 * d1);
        double preyY = p[ALPHA1] * x / d1;
        double predatorY = p[ALPHA2] * z / (d2 * d2);
        double predatorZ = p[ALPHA2] * y / d2;
        out[0] = p[A] - preyX;
        out[1] = -preyY;
        out[2] = 0;
        out[3] = preyX;
        out[4] = -p[B] + preyY - predatorY;
        out[5] = -predatorZ;
        out[6] = 0;
        out[7] = predatorY;
        out[8] = -p[C] + predatorZ;
    }
}
