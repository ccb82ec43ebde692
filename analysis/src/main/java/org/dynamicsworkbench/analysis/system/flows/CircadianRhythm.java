package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Drosophila circadian clock under light/dark forcing (Leloup and Goldbeter 1999), state
 * (m, fc, fs, fn, th) with th the forcing phase, integrated raw (no cos th post-processing). With
 * vs = vc ((1 + cos th) / 2 + vmin) (vmax - vmin):
 * m' = vs Ki^n / (Ki^n + fn^n) - vm m / (km + m), fc' = ks m - k1 fc + k2 fn - k fc,
 * fs' = k fc - vd fs / (kd + fs), fn' = k1 fc - k2 fn - vdn fn / (kdn + fn), th' = 2 pi / ps.
 * Parameters (Ki, k, k1, k2, kd, kdn, km, ks, n, ps, vc, vd, vdn, vm, vmax, vmin).
 */
public final class CircadianRhythm extends AbstractDynamicalSystem {
    private static final int KI = 0;
    private static final int K = 1;
    private static final int K1 = 2;
    private static final int K2 = 3;
    private static final int KD = 4;
    private static final int KDN = 5;
    private static final int KM = 6;
    private static final int KS = 7;
    private static final int N = 8;
    private static final int PS = 9;
    private static final int VC = 10;
    private static final int VD = 11;
    private static final int VDN = 12;
    private static final int VM = 13;
    private static final int VMAX = 14;
    private static final int VMIN = 15;

    public CircadianRhythm(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 5, "Ki", "k", "k1", "k2", "kd", "kdn", "km", "ks", "n", "ps", "vc", "vd",
                "vdn", "vm", "vmax", "vmin");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double m = s[0];
        double fc = s[1];
        double fs = s[2];
        double fn = s[3];
        double vs = p[VC] * (0.5 + 0.5 * Math.cos(s[4]) + p[VMIN]) * (p[VMAX] - p[VMIN]);
        double kin = Math.pow(p[KI], p[N]);
        out[0] = vs * kin / (kin + Math.pow(fn, p[N])) - p[VM] * m / (p[KM] + m);
        out[1] = p[KS] * m - p[K1] * fc + p[K2] * fn - p[K] * fc;
        out[2] = p[K] * fc - p[VD] * fs / (p[KD] + fs);
        out[3] = p[K1] * fc - p[K2] * fn - p[VDN] * fn / (p[KDN] + fn);
        out[4] = 2 * Math.PI / p[PS];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double m = s[0];
        double fs = s[2];
        double fn = s[3];
        double n = p[N];
        double vs = p[VC] * (0.5 + 0.5 * Math.cos(s[4]) + p[VMIN]) * (p[VMAX] - p[VMIN]);
        double vsTh = -0.5 * p[VC] * Math.sin(s[4]) * (p[VMAX] - p[VMIN]);
        double kin = Math.pow(p[KI], n);
        double repression = kin + Math.pow(fn, n);
        double km = p[KM] + m;
        double kd = p[KD] + fs;
        double kdn = p[KDN] + fn;
        Arrays.fill(out, 0, 25, 0.0);
        out[0] = -p[VM] * p[KM] / (km * km);
        out[3] = -vs * kin * n * Math.pow(fn, n - 1) / (repression * repression);
        out[4] = vsTh * kin / repression;
        out[5] = p[KS];
        out[6] = -p[K1] - p[K];
        out[8] = p[K2];
        out[11] = p[K];
        out[12] = -p[VD] * p[KD] / (kd * kd);
        out[16] = p[K1];
        out[18] = -p[K2] - p[VDN] * p[KDN] / (kdn * kdn);
    }
}
