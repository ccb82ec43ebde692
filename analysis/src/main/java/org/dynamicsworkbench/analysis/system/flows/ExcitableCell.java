package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Reduced Hodgkin-Huxley model of an excitable (pancreatic beta) cell (Chay 1985), state (v, n, c):
 * membrane potential, potassium activation and intracellular calcium. Rate functions:
 * alpha_m = ams (amvb + v) / (1 - exp(-ar v - amvo)), beta_m = bms exp(-bmr v - bmo),
 * alpha_h = ahs exp(-ahr v - aho), beta_h = 1 / (1 + exp(-bhr v - bho)),
 * alpha_n = ans (anvb + v) / (1 - exp(-ar v - anvo)), beta_n = bns exp(-bnr v - bno),
 * m_inf = alpha_m / (alpha_m + beta_m), h_inf and n_inf likewise, tau_n = 1 / (tscl (alpha_n + beta_n));
 * v' = gi m_inf^3 h_inf (vi - v) + gkv n^4 (vk - v) + gkc c / (1 + c) (vk - v) + gl (vl - v),
 * n' = (n_inf - n) / tau_n, c' = rho (m_inf^3 h_inf (vc - v) - kc c).
 * The catalog also lists vm = -50 and vn = -30, the half-activation voltages that the offsets already
 * encode (bmo = -vm bmr, bno = -vn bnr); they do not enter the equations.
 *
 * <p>Jacobian: central finite difference (the voltage derivatives of six exponential rate functions).
 * Parameters (aho, ahr, ahs, ams, amvb, amvo, ans, anvb, anvo, ar, bho, bhr, bmo, bmr, bms, bno, bnr, bns,
 * gi, gkc, gkv, gl, kc, rho, tscl, vc, vi, vk, vl, vm, vn).
 */
public final class ExcitableCell extends AbstractDynamicalSystem {
    private static final int AHO = 0;
    private static final int AHR = 1;
    private static final int AHS = 2;
    private static final int AMS = 3;
    private static final int AMVB = 4;
    private static final int AMVO = 5;
    private static final int ANS = 6;
    private static final int ANVB = 7;
    private static final int ANVO = 8;
    private static final int AR = 9;
    private static final int BHO = 10;
    private static final int BHR = 11;
    private static final int BMO = 12;
    private static final int BMR = 13;
    private static final int BMS = 14;
    private static final int BNO = 15;
    private static final int BNR = 16;
    private static final int BNS = 17;
    private static final int GI = 18;
    private static final int GKC = 19;
    private static final int GKV = 20;
    private static final int GL = 21;
    private static final int KC = 22;
    private static final int RHO = 23;
    private static final int TSCL = 24;
    private static final int VC = 25;
    private static final int VI = 26;
    private static final int VK = 27;
    private static final int VL = 28;

    public ExcitableCell(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "aho", "ahr", "ahs", "ams", "amvb", "amvo", "ans", "anvb", "anvo", "ar",
                "bho", "bhr", "bmo", "bmr", "bms", "bno", "bnr", "bns", "gi", "gkc", "gkv", "gl", "kc", "rho", "tscl",
                "vc", "vi", "vk", "vl", "vm", "vn");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double v = s[0];
        double n = s[1];
        double c = s[2];
        double alphaM = p[AMS] * (p[AMVB] + v) / (1 - Math.exp(-p[AR] * v - p[AMVO]));
        double betaM = p[BMS] * Math.exp(-p[BMR] * v - p[BMO]);
        double mInf = alphaM / (alphaM + betaM);
        double alphaH = p[AHS] * Math.exp(-p[AHR] * v - p[AHO]);
        double betaH = 1 / (1 + Math.exp(-p[BHR] * v - p[BHO]));
        double hInf = alphaH / (alphaH + betaH);
        double alphaN = p[ANS] * (p[ANVB] + v) / (1 - Math.exp(-p[AR] * v - p[ANVO]));
        double betaN = p[BNS] * Math.exp(-p[BNR] * v - p[BNO]);
        double nInf = alphaN / (alphaN + betaN);
        double inverseTau = p[TSCL] * (alphaN + betaN);
        double sodium = mInf * mInf * mInf * hInf;
        double n2 = n * n;
        out[0] = p[GI] * sodium * (p[VI] - v) + p[GKV] * n2 * n2 * (p[VK] - v) + p[GKC] * c / (1 + c) * (p[VK] - v)
                + p[GL] * (p[VL] - v);
        out[1] = (nInf - n) * inverseTau;
        out[2] = p[RHO] * (sodium * (p[VC] - v) - p[KC] * c);
    }
}
