package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * A winding curve on a torus, driven by time alone (no dependence on the state, so the Jacobian is zero and
 * the motion is quasi-periodic): x' = -a n sin(n t) cos t - (r + a cos(n t)) sin t,
 * y' = -a n sin(n t) sin t + (r + a cos(n t)) cos t, z' = a n cos(n t). Parameters (a, n, r); t starts at 0.
 */
public final class Torus extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int N = 1;
    private static final int R = 2;

    public Torus(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "n", "r");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double a = par[A];
        double n = par[N];
        double r = par[R];
        out[0] = -a * n * Math.sin(n * time) * Math.cos(time) - (r + a * Math.cos(n * time)) * Math.sin(time);
        out[1] = -a * n * Math.sin(n * time) * Math.sin(time) + (r + a * Math.cos(n * time)) * Math.cos(time);
        out[2] = a * n * Math.cos(n * time);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        out[0] = 0;
        out[1] = 0;
        out[2] = 0;
        out[3] = 0;
        out[4] = 0;
        out[5] = 0;
        out[6] = 0;
        out[7] = 0;
        out[8] = 0;
    }
}
