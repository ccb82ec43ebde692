package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Zaslavskii dissipative web map (the equations dysts keeps commented out): mu = (1 - exp(-r)) / r,
 * x' = (x + nu (1 + mu y) + eps nu mu cos(2 pi x)) mod 0.99999995, y' = exp(-r) (y + eps cos(2 pi x)).
 * Parameters (eps, nu, r). The Jacobian is the piecewise one, off the cut of the modulus.
 */
public final class Zaslavskii extends AbstractDynamicalSystem {
    private static final int EPS = 0;
    private static final int NU = 1;
    private static final int R = 2;
    private static final double MODULUS = 0.99999995;

    public Zaslavskii(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "eps", "nu", "r");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double eps = par[EPS];
        double nu = par[NU];
        double r = par[R];
        double mu = (1 - Math.exp(-r)) / r;
        out[0] = floorMod(x + nu * (1 + mu * y) + eps * nu * mu * Math.cos(2 * Math.PI * x));
        out[1] = Math.exp(-r) * (y + eps * Math.cos(2 * Math.PI * x));
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double eps = par[EPS];
        double nu = par[NU];
        double r = par[R];
        double mu = (1 - Math.exp(-r)) / r;
        out[0] = 1 - 2 * Math.PI * eps * nu * mu * Math.sin(2 * Math.PI * x);
        out[1] = nu * mu;
        out[2] = -2 * Math.PI * eps * Math.exp(-r) * Math.sin(2 * Math.PI * x);
        out[3] = Math.exp(-r);
    }

    /** value mod MODULUS, in [0, MODULUS) as Python's % for a positive modulus. */
    private static double floorMod(double value) {
        return value - MODULUS * Math.floor(value / MODULUS);
    }
}
