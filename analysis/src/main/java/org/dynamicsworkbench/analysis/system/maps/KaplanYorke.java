package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Kaplan-Yorke map as dysts writes it: x' = 2 x mod 0.99999995 (a modulus just below 1 so that binary
 * floating point does not collapse the doubling onto 0), y' = alpha y + cos(4 pi x). Parameter (alpha).
 * The Jacobian is the piecewise one, off the cuts of the modulus.
 */
public final class KaplanYorke extends AbstractDynamicalSystem {
    private static final int ALPHA = 0;
    private static final double MODULUS = 0.99999995;

    public KaplanYorke(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "alpha");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double alpha = par[ALPHA];
        out[0] = floorMod(2 * x);
        out[1] = alpha * y + Math.cos(4 * Math.PI * x);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double alpha = par[ALPHA];
        out[0] = 2;
        out[1] = 0;
        out[2] = -4 * Math.PI * Math.sin(4 * Math.PI * x);
        out[3] = alpha;
    }

    /** value mod MODULUS, in [0, MODULUS) as Python's % for a positive modulus. */
    private static double floorMod(double value) {
        return value - MODULUS * Math.floor(value / MODULUS);
    }
}
