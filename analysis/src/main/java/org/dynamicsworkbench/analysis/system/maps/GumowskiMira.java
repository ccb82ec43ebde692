package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Gumowski-Mira map: G(u) = a u + 2 (1 - a) u^2 / (1 + u^2), x' = b y + G(x), y' = G(x') - x.
 * Parameters (a, b).
 */
public final class GumowskiMira extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public GumowskiMira(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "a", "b");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        double b = par[B];
        double next = b * y + shape(x, a);
        out[0] = next;
        out[1] = shape(next, a) - x;
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
        double next = b * y + shape(x, a);
        double gx = shapeSlope(x, a);
        double gNext = shapeSlope(next, a);
        out[0] = gx;
        out[1] = b;
        out[2] = gNext * gx - 1;
        out[3] = gNext * b;
    }

    /** G(u) = a u + 2 (1 - a) u^2 / (1 + u^2). */
    private static double shape(double u, double a) {
        return a * u + 2 * (1 - a) * u * u / (1 + u * u);
    }

    /** G'(u) = a + 4 (1 - a) u / (1 + u^2)^2. */
    private static double shapeSlope(double u, double a) {
        double q = 1 + u * u;
        return a + 4 * (1 - a) * u / (q * q);
    }
}
