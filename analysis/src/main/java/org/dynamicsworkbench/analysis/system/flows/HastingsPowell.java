package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hastings-Powell three-species food chain: with P(x) = a1 x / (1 + b1 x) and Q(y) = a2 y / (1 + b2 y),
 * x' = x (1 - x) - P(x) y, y' = P(x) y - Q(y) z - d1 y, z' = Q(y) z - d2 z.
 * Parameters (a1, a2, b1, b2, d1, d2).
 */
public final class HastingsPowell extends AbstractDynamicalSystem {
    private static final int A1 = 0;
    private static final int A2 = 1;
    private static final int B1 = 2;
    private static final int B2 = 3;
    private static final int D1 = 4;
    private static final int D2 = 5;

    public HastingsPowell(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a1", "a2", "b1", "b2", "d1", "d2");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double prey = p[A1] * x / (1 + p[B1] * x);
        double predator = p[A2] * y / (1 + p[B2] * y);
        out[0] = x * (1 - x) - prey * y;
        out[1] = prey * y - predator * z - p[D1] * y;
        out[2] = predator * z - p[D2] * z;
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
        double d1 = 1 + p[B1] * x;
        double d2 = 1 + p[B2] * y;
        double prey = p[A1] * x / d1;
        double preySlope = p[A1] / (d1 * d1);
        double predator = p[A2] * y / d2;
        double predatorSlope = p[A2] / (d2 * d2);
        out[0] = 1 - 2 * x - preySlope * y;
        out[1] = -prey;
        out[2] = 0;
        out[3] = preySlope * y;
        out[4] = prey - predatorSlope * z - p[D1];
        out[5] = -predator;
        out[6] = 0;
        out[7] = predatorSlope * z;
        out[8] = predator - p[D2];
    }
}
