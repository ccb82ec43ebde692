package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Circle map theta' = theta + omega + (k / 2 pi) sin(2 pi theta), modulo 1 (dysts iterates the lift, which
 * drifts without bound). Parameters (k, omega).
 */
public final class Circle extends AbstractDynamicalSystem {
    private static final int K = 0;
    private static final int OMEGA = 1;

    public Circle(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 1, "k", "omega");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double theta = state[0];
        double k = par[K];
        double omega = par[OMEGA];
        out[0] = wrapUnit(theta + omega + k / (2 * Math.PI) * Math.sin(2 * Math.PI * theta));
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double theta = state[0];
        double k = par[K];
        out[0] = 1 + k * Math.cos(2 * Math.PI * theta);
    }

    /** The value in [0, 1). */
    private static double wrapUnit(double value) {
        double wrapped = value - Math.floor(value);
        return wrapped < 1 ? wrapped : 0.0;
    }
}
