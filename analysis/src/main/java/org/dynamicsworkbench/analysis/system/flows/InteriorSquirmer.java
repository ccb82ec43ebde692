package org.dynamicsworkbench.analysis.system.flows;

import java.util.List;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Flow inside a squirmer (a circular cell with a tangential slip boundary), in polar coordinates
 * (r, theta) with the clock tt as third state, integrated raw (no Cartesian post-processing). The slip
 * has Fourier coefficients a_n (sine) and g_n (cosine), n = 1..5, switched by {@link BlinkingProtocol}:
 * A_n = a_n w(tt), G_n = g_n (1 - w(tt)). Then
 * r' = sum_n (G_n cos n theta + A_n sin n theta) n r^n (r^2 - 1) / r,
 * theta' = sum_n (A_n cos n theta - G_n sin n theta) r^n (2 r + (r^2 - 1) n / r) / r, tt' = 1.
 *
 * <p>Jacobian: central finite difference (dysts itself leaves its closed form disabled).
 * Parameters: a_0..a_4, g_0..g_4 (dysts' arrays), tau.
 */
public final class InteriorSquirmer extends AbstractDynamicalSystem {
    private static final int MODES = 5;
    private static final int A = 0;
    private static final int G = MODES;
    private static final int TAU = 2 * MODES;

    public InteriorSquirmer(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, ArrayParameters.names(ArrayParameters.vector("a", MODES),
                ArrayParameters.vector("g", MODES), List.of("tau")));
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double r = s[0];
        double theta = s[1];
        double weight = BlinkingProtocol.weight(s[2], p[TAU]);
        double r2m1 = r * r - 1;
        double rn = 1;
        double radial = 0;
        double angular = 0;
        for (int k = 0; k < MODES; k++) {
            int n = k + 1;
            rn *= r;
            double sin = Math.sin(n * theta);
            double cos = Math.cos(n * theta);
            double sineCoefficient = p[A + k] * weight;
            double cosineCoefficient = p[G + k] * (1 - weight);
            radial += (cosineCoefficient * cos + sineCoefficient * sin) * n * rn * r2m1 / r;
            angular += (sineCoefficient * cos - cosineCoefficient * sin) * rn * (2 * r + r2m1 * n / r);
        }
        out[0] = radial;
        out[1] = angular / r;
        out[2] = 1;
    }
}
