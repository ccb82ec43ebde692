package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Forced FitzHugh-Nagumo neuron, forcing phase z integrated raw: v' = v - v^3 / 3 - w + curr + f sin z,
 * w' = gamma (v + a - b w), z' = omega. Parameters (a, b, curr, f, gamma, omega).
 */
public final class ForcedFitzHughNagumo extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int CURR = 2;
    private static final int F = 3;
    private static final int GAMMA = 4;
    private static final int OMEGA = 5;

    public ForcedFitzHughNagumo(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "curr", "f", "gamma", "omega");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double v = s[0];
        double w = s[1];
        out[0] = v - v * v * v / 3 - w + p[CURR] + p[F] * Math.sin(s[2]);
        out[1] = p[GAMMA] * (v + p[A] - p[B] * w);
        out[2] = p[OMEGA];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double v = s[0];
        out[0] = 1 - v * v;
        out[1] = -1;
        out[2] = p[F] * Math.cos(s[2]);
        out[3] = p[GAMMA];
        out[4] = -p[GAMMA] * p[B];
        out[5] = 0;
        out[6] = 0;
        out[7] = 0;
        out[8] = 0;
    }
}
