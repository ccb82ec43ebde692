package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Zeraoulia-Sprott rational map: x' = -a x / (1 + y^2), y' = x + b y. Parameters (a, b). The catalog's
 * default parameters (a = 1.641, b = 1.902, the de Jong map's values) make |y| grow without bound within
 * a few dozen iterations; later dysts versions use a = 2.7, b = 0.35, where the map is bounded.
 */
public final class ZeraouliaSprott extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public ZeraouliaSprott(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "a", "b");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        double b = par[B];
        out[0] = -a * x / (1 + y * y);
        out[1] = x + b * y;
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
        out[0] = -a / (1 + y * y);
        out[1] = 2 * a * x * y / ((1 + y * y) * (1 + y * y));
        out[2] = 1;
        out[3] = b;
    }
}
