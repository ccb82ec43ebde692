package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Predator-prey model with a coevolving prey trait alpha (Gilpin and Feldman 2017), state (x, y, alpha):
 * x' = x (-a3 y / (1 + b2 x) + a1 alpha (1 - k1 x alpha (delta - 1)) / (1 + b1 alpha) - d1 C(alpha)),
 * C(alpha) = 1 - k2 alpha^2 (delta^2 - 1) + k4 alpha^4 (delta^4 - 1),
 * y' = (-d2 + a2 x / (1 + b2 x)) y,
 * alpha' = vv (-a1 k1 x alpha delta / (1 + b1 alpha) - d1 (-2 k2 alpha delta^2 + 4 k4 alpha^3 delta^4)).
 * Parameters (a1, a2, a3, b1, b2, d1, d2, delta, k1, k2, k4, vv).
 */
public final class CoevolvingPredatorPrey extends AbstractDynamicalSystem {
    private static final int A1 = 0;
    private static final int A2 = 1;
    private static final int A3 = 2;
    private static final int B1 = 3;
    private static final int B2 = 4;
    private static final int D1 = 5;
    private static final int D2 = 6;
    private static final int DELTA = 7;
    private static final int K1 = 8;
    private static final int K2 = 9;
    private static final int K4 = 10;
    private static final int VV = 11;

    public CoevolvingPredatorPrey(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a1", "a2", "a3", "b1", "b2", "d1", "d2", "delta", "k1", "k2", "k4",
                "vv");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double alpha = s[2];
        double delta = p[DELTA];
        double delta2 = delta * delta;
        double alpha2 = alpha * alpha;
        double trait = 1 + p[B1] * alpha;
        double cost = 1 - p[K2] * alpha2 * (delta2 - 1) + p[K4] * alpha2 * alpha2 * (delta2 * delta2 - 1);
        out[0] = x * (-p[A3] * y / (1 + p[B2] * x) + p[A1] * alpha * (1 - p[K1] * x * alpha * (delta - 1)) / trait
                - p[D1] * cost);
        out[1] = (-p[D2] + p[A2] * x / (1 + p[B2] * x)) * y;
        out[2] = p[VV] * (-p[A1] * p[K1] * x * alpha * delta / trait
                - p[D1] * (-2 * p[K2] * alpha * delta2 + 4 * p[K4] * alpha2 * alpha * delta2 * delta2));
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double alpha = s[2];
        double delta = p[DELTA];
        double delta2 = delta * delta;
        double alpha2 = alpha * alpha;
        double trait = 1 + p[B1] * alpha;
        double handling = 1 + p[B2] * x;
        double shift = p[K1] * (delta - 1);
        double cost = 1 - p[K2] * alpha2 * (delta2 - 1) + p[K4] * alpha2 * alpha2 * (delta2 * delta2 - 1);
        double costAlpha = -2 * p[K2] * alpha * (delta2 - 1) + 4 * p[K4] * alpha2 * alpha * (delta2 * delta2 - 1);
        // growth = a1 (alpha - shift x alpha^2) / (1 + b1 alpha)
        double growthNumerator = alpha - shift * x * alpha2;
        double growth = p[A1] * growthNumerator / trait;
        double growthX = -p[A1] * shift * alpha2 / trait;
        double growthAlpha = p[A1] * ((1 - 2 * shift * x * alpha) * trait - p[B1] * growthNumerator)
                / (trait * trait);
        double predation = -p[A3] * y / handling;
        out[0] = predation + growth - p[D1] * cost + x * (p[A3] * y * p[B2] / (handling * handling) + growthX);
        out[1] = -x * p[A3] / handling;
        out[2] = x * (growthAlpha - p[D1] * costAlpha);
        out[3] = p[A2] * y / (handling * handling);
        out[4] = -p[D2] + p[A2] * x / handling;
        out[5] = 0;
        out[6] = -p[VV] * p[A1] * p[K1] * alpha * delta / trait;
        out[7] = 0;
        out[8] = p[VV] * (-p[A1] * p[K1] * delta * x / (trait * trait)
                - p[D1] * (-2 * p[K2] * delta2 + 12 * p[K4] * alpha2 * delta2 * delta2));
    }
}
