package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Swinging Atwood's machine in polar coordinates (Tufillaro et al.; a Hamiltonian system, dysts form with
 * g = 9.82 as in dysts): r' = pr / (m1 + m2), th' = pth / (m1 r^2),
 * pr' = pth^2 / (m1 r^3) - m2 g + m1 g cos th, pth' = -m1 g r sin th. The angle th is integrated raw.
 * Parameters (m1, m2).
 */
public final class SwingingAtwood extends AbstractDynamicalSystem {
    private static final int M1 = 0;
    private static final int M2 = 1;
    /** Gravitational acceleration as dysts writes it (9.82, not 9.81). */
    private static final double G = 9.82;

    public SwingingAtwood(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "m1", "m2");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double r = state[0];
        double th = state[1];
        double pr = state[2];
        double pth = state[3];
        double m1 = par[M1];
        double m2 = par[M2];
        out[0] = pr / (m1 + m2);
        out[1] = pth / (m1 * r * r);
        out[2] = pth * pth / (m1 * r * r * r) - m2 * G + m1 * G * Math.cos(th);
        out[3] = -m1 * G * r * Math.sin(th);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double r = state[0];
        double th = state[1];
        double pth = state[3];
        double m1 = par[M1];
        double m2 = par[M2];
        out[0] = 0;
        out[1] = 0;
        out[2] = 1 / (m1 + m2);
        out[3] = 0;
        out[4] = -2 * pth / (m1 * r * r * r);
        out[5] = 0;
        out[6] = 0;
        out[7] = 1 / (m1 * r * r);
        out[8] = -3 * pth * pth / (m1 * r * r * r * r);
        out[9] = -m1 * G * Math.sin(th);
        out[10] = 0;
        out[11] = 2 * pth / (m1 * r * r * r);
        out[12] = -m1 * G * Math.sin(th);
        out[13] = -m1 * G * r * Math.cos(th);
        out[14] = 0;
        out[15] = 0;
    }
}
