package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Moore-Spiegel thermo-mechanical oscillator: x' = y, y' = a z, z' = -z + eps y - y x^2 - b x.
 * Parameters (a, b, eps).
 */
public final class MooreSpiegel extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int EPS = 2;

    public MooreSpiegel(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "eps");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double a = par[A];
        double b = par[B];
        double eps = par[EPS];
        out[0] = y;
        out[1] = a * z;
        out[2] = -z + eps * y - y * x * x - b * x;
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
        double eps = par[EPS];
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = 0;
        out[4] = 0;
        out[5] = a;
        out[6] = -2 * x * y - b;
        out[7] = eps - x * x;
        out[8] = -1;
    }
}
