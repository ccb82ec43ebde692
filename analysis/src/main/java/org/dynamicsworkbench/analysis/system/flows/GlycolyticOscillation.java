package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Glycolytic oscillator (Decroly and Goldbeter 1982), state (a, b, c):
 * phi = a (1 + a) (1 + b)^2 / (l1 + (1 + a)^2 (1 + b)^2),
 * eta = b (1 + d b) (1 + c)^2 / (l2 + (1 + d b)^2 (1 + c)^2),
 * a' = nu - s1 phi, b' = q1 s1 phi - s2 eta, c' = q2 s2 eta - k c.
 * Parameters (d, k, l1, l2, nu, q1, q2, s1, s2).
 */
public final class GlycolyticOscillation extends AbstractDynamicalSystem {
    private static final int D = 0;
    private static final int K = 1;
    private static final int L1 = 2;
    private static final int L2 = 3;
    private static final int NU = 4;
    private static final int Q1 = 5;
    private static final int Q2 = 6;
    private static final int S1 = 7;
    private static final int S2 = 8;

    public GlycolyticOscillation(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "d", "k", "l1", "l2", "nu", "q1", "q2", "s1", "s2");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double a = s[0];
        double b = s[1];
        double c = s[2];
        double a1 = 1 + a;
        double b1 = 1 + b;
        double db1 = 1 + p[D] * b;
        double c1 = 1 + c;
        double phi = a * a1 * b1 * b1 / (p[L1] + a1 * a1 * b1 * b1);
        double eta = b * db1 * c1 * c1 / (p[L2] + db1 * db1 * c1 * c1);
        out[0] = p[NU] - p[S1] * phi;
        out[1] = p[Q1] * p[S1] * phi - p[S2] * eta;
        out[2] = p[Q2] * p[S2] * eta - p[K] * c;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double a = s[0];
        double b = s[1];
        double c = s[2];
        double d = p[D];
        double a1 = 1 + a;
        double b1 = 1 + b;
        double db1 = 1 + d * b;
        double c1 = 1 + c;
        // phi = N / M with N = a (1 + a) (1 + b)^2, M = l1 + (1 + a)^2 (1 + b)^2
        double n = a * a1 * b1 * b1;
        double m = p[L1] + a1 * a1 * b1 * b1;
        double phiA = ((1 + 2 * a) * b1 * b1 * m - n * 2 * a1 * b1 * b1) / (m * m);
        double phiB = (2 * a * a1 * b1 * m - n * 2 * a1 * a1 * b1) / (m * m);
        // eta = P / Q with P = b (1 + d b) (1 + c)^2, Q = l2 + (1 + d b)^2 (1 + c)^2
        double pp = b * db1 * c1 * c1;
        double q = p[L2] + db1 * db1 * c1 * c1;
        double etaB = ((db1 + d * b) * c1 * c1 * q - pp * 2 * d * db1 * c1 * c1) / (q * q);
        double etaC = (2 * b * db1 * c1 * q - pp * 2 * db1 * db1 * c1) / (q * q);
        out[0] = -p[S1] * phiA;
        out[1] = -p[S1] * phiB;
        out[2] = 0;
        out[3] = p[Q1] * p[S1] * phiA;
        out[4] = p[Q1] * p[S1] * phiB - p[S2] * etaB;
        out[5] = -p[S2] * etaC;
        out[6] = 0;
        out[7] = p[Q2] * p[S2] * etaB;
        out[8] = p[Q2] * p[S2] * etaC - p[K];
    }
}
