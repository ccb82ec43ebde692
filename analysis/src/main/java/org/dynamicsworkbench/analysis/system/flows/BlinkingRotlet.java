package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Blinking rotlet in a circular Stokes cell (Meleshko and Aref), in polar coordinates (r, theta) with the
 * clock tt as third state, integrated raw (no Cartesian post-processing). A rotlet at distance b from the
 * centre of a cell of radius a (bc = 1: no-slip wall; bc = 0: free vortex) alternates with its mirror image
 * at -b, switched by {@link BlinkingProtocol} with period tau; sigma scales the velocity. The same
 * equations serve the catalog entries BlinkingRotlet and BlinkingVortex.
 *
 * <p>Jacobian: central finite difference (the rotlet field is a long rational expression in r and
 * cos theta whose closed-form derivative would be far harder to review than the field itself).
 * Parameters (a, b, bc, sigma, tau).
 */
public final class BlinkingRotlet extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int BC = 2;
    private static final int SIGMA = 3;
    private static final int TAU = 4;

    public BlinkingRotlet(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "bc", "sigma", "tau");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double r = s[0];
        double theta = s[1];
        double weight = BlinkingProtocol.weight(s[2], p[TAU]);
        double a = p[A];
        double b = p[B];
        double bc = p[BC];
        double vr = weight * radialVelocity(r, theta, a, b, bc) + (1 - weight) * radialVelocity(r, theta, a, -b, bc);
        double vth = weight * angularVelocity(r, theta, a, b, bc)
                + (1 - weight) * angularVelocity(r, theta, a, -b, bc);
        out[0] = p[SIGMA] * vr;
        out[1] = p[SIGMA] * vth / r;
        out[2] = 1;
    }

    /** Radial velocity of a rotlet at (b, 0) in a cell of radius a. */
    private static double radialVelocity(double r, double theta, double a, double b, double bc) {
        double cos = Math.cos(theta);
        double a2 = a * a;
        double b2r2 = b * b * r * r / a2;
        double kappa = a2 + b2r2 - 2 * b * r * cos;
        double gamma = (1 - r * r / a2) * (a2 - b2r2);
        double zeta = b * b + r * r - 2 * b * r * cos;
        return b * Math.sin(theta) * (-bc * gamma / (kappa * kappa) - 1 / kappa + 1 / zeta);
    }

    /** Azimuthal velocity (not yet divided by r) of a rotlet at (b, 0) in a cell of radius a. */
    private static double angularVelocity(double r, double theta, double a, double b, double bc) {
        double cos = Math.cos(theta);
        double a2 = a * a;
        double b2r2 = b * b * r * r / a2;
        double kappa = a2 + b2r2 - 2 * b * r * cos;
        double gamma = (1 - r * r / a2) * (a2 - b2r2);
        double iota = b * b * r / a2 - b * cos;
        double zeta = b * b + r * r - 2 * b * r * cos;
        double nu = a2 + b * b - 2 * b2r2;
        return bc * gamma * iota / (kappa * kappa) + bc * r * nu / (a2 * kappa) + iota / kappa
                - (r - b * cos) / zeta;
    }
}
