package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Arnold web (Froeschle et al.): a quasi-integrable Hamiltonian flow with the forcing phase z as a
 * state variable, integrated raw (no sin/cos post-processing of x1, x2, z). With
 * D = 4 + cos z + cos x1 + cos x2: p1' = -mu sin x1 / D^2, p2' = -mu sin x2 / D^2, x1' = p1, x2' = p2,
 * z' = w. State (p1, p2, x1, x2, z). Parameters (mu, w).
 */
public final class ArnoldWeb extends AbstractDynamicalSystem {
    private static final int MU = 0;
    private static final int W = 1;

    public ArnoldWeb(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 5, "mu", "w");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double denominator = 4 + Math.cos(s[4]) + Math.cos(s[2]) + Math.cos(s[3]);
        double scale = -p[MU] / (denominator * denominator);
        out[0] = scale * Math.sin(s[2]);
        out[1] = scale * Math.sin(s[3]);
        out[2] = s[0];
        out[3] = s[1];
        out[4] = p[W];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    /** d(-mu sin xi / D^2)/dq = -mu (delta_iq cos xi / D^2 + 2 sin xi sin q / D^3) for q in x1, x2, z. */
    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double sin1 = Math.sin(s[2]);
        double sin2 = Math.sin(s[3]);
        double sinZ = Math.sin(s[4]);
        double denominator = 4 + Math.cos(s[4]) + Math.cos(s[2]) + Math.cos(s[3]);
        double inverse2 = 1 / (denominator * denominator);
        double inverse3 = inverse2 / denominator;
        double mu = p[MU];
        Arrays.fill(out, 0, 25, 0.0);
        out[2] = -mu * (Math.cos(s[2]) * inverse2 + 2 * sin1 * sin1 * inverse3);
        out[3] = -mu * 2 * sin1 * sin2 * inverse3;
        out[4] = -mu * 2 * sin1 * sinZ * inverse3;
        out[7] = -mu * 2 * sin2 * sin1 * inverse3;
        out[8] = -mu * (Math.cos(s[3]) * inverse2 + 2 * sin2 * sin2 * inverse3);
        out[9] = -mu * 2 * sin2 * sinZ * inverse3;
        out[10] = 1;
        out[16] = 1;
    }
}
