package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Intracellular calcium oscillations (Houart, Dupont and Goldbeter 1999), state (z, y, a): cytosolic and
 * stored Ca2+ and inositol trisphosphate. With the Hill function h(u; K, q) = u^q / (K^q + u^q):
 * V2 = Vm2 h(z; K2, 2), V3 = Vm3 h(z; Kz, m) h(y; Ky, 2) h(a; Ka, 4), V5 = Vm5 h(a; K5, p) h(z; Kd, n),
 * z' = V0 + V1 beta - V2 + V3 + kf y - k z, y' = V2 - V3 - kf y, a' = beta V4 - V5 - eps a.
 * The same equations serve the catalog entries CaTwoPlus and CaTwoPlusQuasiperiodic.
 * Parameters (K2, K5, Ka, Kd, Ky, Kz, V0, V1, V4, Vm2, Vm3, Vm5, beta, eps, k, kf, m, n, p).
 */
public final class CaTwoPlus extends AbstractDynamicalSystem {
    private static final int K2 = 0;
    private static final int K5 = 1;
    private static final int KA = 2;
    private static final int KD = 3;
    private static final int KY = 4;
    private static final int KZ = 5;
    private static final int V0 = 6;
    private static final int V1 = 7;
    private static final int V4 = 8;
    private static final int VM2 = 9;
    private static final int VM3 = 10;
    private static final int VM5 = 11;
    private static final int BETA = 12;
    private static final int EPS = 13;
    private static final int K = 14;
    private static final int KF = 15;
    private static final int M = 16;
    private static final int N = 17;
    private static final int P = 18;

    public CaTwoPlus(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "K2", "K5", "Ka", "Kd", "Ky", "Kz", "V0", "V1", "V4", "Vm2", "Vm3",
                "Vm5", "beta", "eps", "k", "kf", "m", "n", "p");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double z = s[0];
        double y = s[1];
        double a = s[2];
        double v2 = p[VM2] * hill(z, p[K2], 2);
        double v3 = p[VM3] * hill(z, p[KZ], p[M]) * hill(y, p[KY], 2) * hill(a, p[KA], 4);
        double v5 = p[VM5] * hill(a, p[K5], p[P]) * hill(z, p[KD], p[N]);
        out[0] = p[V0] + p[V1] * p[BETA] - v2 + v3 + p[KF] * y - p[K] * z;
        out[1] = v2 - v3 - p[KF] * y;
        out[2] = p[BETA] * p[V4] - v5 - p[EPS] * a;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double z = s[0];
        double y = s[1];
        double a = s[2];
        double hz = hill(z, p[KZ], p[M]);
        double hy = hill(y, p[KY], 2);
        double ha = hill(a, p[KA], 4);
        double v2Z = p[VM2] * hillSlope(z, p[K2], 2);
        double v3Z = p[VM3] * hillSlope(z, p[KZ], p[M]) * hy * ha;
        double v3Y = p[VM3] * hz * hillSlope(y, p[KY], 2) * ha;
        double v3A = p[VM3] * hz * hy * hillSlope(a, p[KA], 4);
        double v5Z = p[VM5] * hill(a, p[K5], p[P]) * hillSlope(z, p[KD], p[N]);
        double v5A = p[VM5] * hillSlope(a, p[K5], p[P]) * hill(z, p[KD], p[N]);
        out[0] = -v2Z + v3Z - p[K];
        out[1] = v3Y + p[KF];
        out[2] = v3A;
        out[3] = v2Z - v3Z;
        out[4] = -v3Y - p[KF];
        out[5] = -v3A;
        out[6] = -v5Z;
        out[7] = 0;
        out[8] = -v5A - p[EPS];
    }

    private static double hill(double u, double k, double q) {
        double uq = Math.pow(u, q);
        return uq / (Math.pow(k, q) + uq);
    }

    /** d/du of u^q / (K^q + u^q) = q K^q u^(q-1) / (K^q + u^q)^2. */
    private static double hillSlope(double u, double k, double q) {
        double kq = Math.pow(k, q);
        double sum = kq + Math.pow(u, q);
        return q * kq * Math.pow(u, q - 1) / (sum * sum);
    }
}
