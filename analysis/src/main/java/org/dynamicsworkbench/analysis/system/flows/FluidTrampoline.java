package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Droplet bouncing on a soap film (Gilet and Bush), forcing phase th integrated raw:
 * x' = y, y' = -1 - H(-x) (x + psi y |y|) + gamma cos th, th' = w, with H the Heaviside step (H(0) = 0).
 * The film force switches on when the droplet is below the film (x < 0), so the right-hand side jumps
 * across x = 0; the Jacobian is that of the side containing the state. Parameters (gamma, psi, w).
 */
public final class FluidTrampoline extends AbstractDynamicalSystem {
    private static final int GAMMA = 0;
    private static final int PSI = 1;
    private static final int W = 2;

    public FluidTrampoline(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "gamma", "psi", "w");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double film = x < 0 ? x + p[PSI] * y * Math.abs(y) : 0;
        out[0] = y;
        out[1] = -1 - film + p[GAMMA] * Math.cos(s[2]);
        out[2] = p[W];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        boolean inFilm = s[0] < 0;
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = inFilm ? -1 : 0;
        out[4] = inFilm ? -2 * p[PSI] * Math.abs(s[1]) : 0;
        out[5] = -p[GAMMA] * Math.sin(s[2]);
        out[6] = 0;
        out[7] = 0;
        out[8] = 0;
    }
}
