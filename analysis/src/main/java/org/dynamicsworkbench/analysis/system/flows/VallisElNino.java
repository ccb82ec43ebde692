package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Vallis model of El Nino: x' = b y - c (x + p), y' = -y + x z, z' = -z - x y + 1. Parameters (b, c, p). */
public final class VallisElNino extends AbstractDynamicalSystem {
    private static final int B = 0;
    private static final int C = 1;
    private static final int P = 2;

    public VallisElNino(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "b", "c", "p");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double b = par[B];
        double c = par[C];
        double p = par[P];
        out[0] = b * y - c * x - c * p;
        out[1] = -y + x * z;
        out[2] = -z - x * y + 1;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double b = par[B];
        double c = par[C];
        out[0] = -c;
        out[1] = b;
        out[2] = 0;
        out[3] = z;
        out[4] = -1;
        out[5] = x;
        out[6] = -y;
        out[7] = -x;
        out[8] = -1;
    }
}
