package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Chirikov standard map p' = p + k sin x, x' = x + p', with the angle x taken modulo 2 pi (dysts iterates
 * the unwrapped angle, which drifts without bound; the wrapped map is the standard map on the cylinder).
 * Parameter (k).
 */
public final class Chirikov extends AbstractDynamicalSystem {
    private static final int K = 0;
    private static final double TWO_PI = 2 * Math.PI;

    public Chirikov(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "k");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double p = state[0];
        double x = state[1];
        double k = par[K];
        double next = p + k * Math.sin(x);
        out[0] = next;
        out[1] = wrapAngle(x + next);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[1];
        double k = par[K];
        out[0] = 1;
        out[1] = k * Math.cos(x);
        out[2] = 1;
        out[3] = 1 + k * Math.cos(x);
    }

    /** The angle in [0, 2 pi). */
    private static double wrapAngle(double angle) {
        double wrapped = angle - TWO_PI * Math.floor(angle / TWO_PI);
        return wrapped < TWO_PI ? wrapped : 0.0;
    }
}
