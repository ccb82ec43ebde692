package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Planar double pendulum in Hamiltonian form, state (theta1, theta2, p1, p2) integrated raw (dysts
 * post-processes the angles to sin theta; the workbench keeps the angles). With D = theta1 - theta2,
 * den = l1 l2 (m1 + m2 sin^2 D):
 * theta1' = (l2 p1 - l1 p2 cos D) / (l1 den), theta2' = ((m1 + m2) l1 p2 - m2 l2 p1 cos D) / (m2 l2 den),
 * h1 = p1 p2 sin D / den,
 * h2 = (m2 l2^2 p1^2 + (m1 + m2) l1^2 p2^2 - 2 m2 l1 l2 p1 p2 cos D) sin 2D / (2 den^2),
 * p1' = -(m1 + m2) g l1 sin theta1 - h1 + h2, p2' = -m2 g l2 sin theta2 + h1 - h2,
 * which are Hamilton's equations of H = T(p, D) - (m1 + m2) g l1 cos theta1 - m2 g l2 cos theta2.
 *
 * <p>Jacobian: central finite difference (the closed form of the second derivatives of H is long and
 * error-prone; the right-hand side is smooth, so the difference is accurate).
 * Parameters (g, l1, l2, m1, m2).
 */
public final class DoublePendulum extends AbstractDynamicalSystem {
    private static final int G = 0;
    private static final int L1 = 1;
    private static final int L2 = 2;
    private static final int M1 = 3;
    private static final int M2 = 4;

    public DoublePendulum(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 4, "g", "l1", "l2", "m1", "m2");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double p1 = s[2];
        double p2 = s[3];
        double l1 = p[L1];
        double l2 = p[L2];
        double m1 = p[M1];
        double m2 = p[M2];
        double difference = s[0] - s[1];
        double sin = Math.sin(difference);
        double cos = Math.cos(difference);
        double den = l1 * l2 * (m1 + m2 * sin * sin);
        double h1 = p1 * p2 * sin / den;
        double h2 = (m2 * l2 * l2 * p1 * p1 + (m1 + m2) * l1 * l1 * p2 * p2 - 2 * m2 * l1 * l2 * p1 * p2 * cos)
                * Math.sin(2 * difference) / (2 * den * den);
        out[0] = (l2 * p1 - l1 * p2 * cos) / (l1 * den);
        out[1] = ((m1 + m2) * l1 * p2 - m2 * l2 * p1 * cos) / (m2 * l2 * den);
        out[2] = -(m1 + m2) * p[G] * l1 * Math.sin(s[0]) - h1 + h2;
        out[3] = -m2 * p[G] * l2 * Math.sin(s[1]) + h1 - h2;
    }
}
