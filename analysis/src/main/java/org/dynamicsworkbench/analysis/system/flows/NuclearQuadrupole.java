package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Quadrupole vibrations of atomic nuclei (a Hamiltonian system; dysts form): q1' = a p1, q2' = a p2,
 * p1' = -a q1 + (3 / sqrt 2) b (q1^2 - q2^2) - d q1 (q1^2 + q2^2),
 * p2' = -a q2 - 3 sqrt(2) b q1 q2 - d q2 (q1^2 + q2^2). Parameters (a, b, d).
 */
public final class NuclearQuadrupole extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int D = 2;
    private static final double THREE_OVER_ROOT_TWO = 3 / Math.sqrt(2);
    private static final double THREE_ROOT_TWO = 3 * Math.sqrt(2);

    public NuclearQuadrupole(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "a", "b", "d");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double q1 = state[0];
        double q2 = state[1];
        double p1 = state[2];
        double p2 = state[3];
        double a = par[A];
        double b = par[B];
        double d = par[D];
        out[0] = a * p1;
        out[1] = a * p2;
        out[2] = -a * q1 + THREE_OVER_ROOT_TWO * b * (q1 * q1 - q2 * q2) - d * q1 * (q1 * q1 + q2 * q2);
        out[3] = -a * q2 - THREE_ROOT_TWO * b * q1 * q2 - d * q2 * (q1 * q1 + q2 * q2);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double q1 = state[0];
        double q2 = state[1];
        double a = par[A];
        double b = par[B];
        double d = par[D];
        out[0] = 0;
        out[1] = 0;
        out[2] = a;
        out[3] = 0;
        out[4] = 0;
        out[5] = 0;
        out[6] = 0;
        out[7] = a;
        out[8] = -a + THREE_ROOT_TWO * b * q1 - d * (3 * q1 * q1 + q2 * q2);
        out[9] = -THREE_ROOT_TWO * b * q2 - 2 * d * q1 * q2;
        out[10] = 0;
        out[11] = 0;
        out[12] = -THREE_ROOT_TWO * b * q2 - 2 * d * q1 * q2;
        out[13] = -a - THREE_ROOT_TWO * b * q1 - d * (q1 * q1 + 3 * q2 * q2);
        out[14] = 0;
        out[15] = 0;
    }
}
