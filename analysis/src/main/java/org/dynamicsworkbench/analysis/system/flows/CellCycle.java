package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Two coupled mitotic oscillators (Romond et al. 1999), state (c1, m1, x1, c2, m2, x2): cyclin, cdc2
 * kinase and protease of each oscillator, each cyclin inhibited by the other's kinase. With
 * g(u) = (1 - u) / (K + 1 - u) and r(u) = u / (K + u):
 * c1' = vi Kim / (Kim + m2) - vd x1 c1 / (Kd1 + c1) - kd1 c1,
 * m1' = Vm1 c1 / (Kc + c1) g(m1) - V2 r(m1), x1' = Vm3 m1 g(x1) - V4 r(x1), and the same for
 * oscillator 2 with m1 as its inhibitor. Parameters (K, Kc, Kd1, Kim, V2, V4, Vm1, Vm3, kd1, vd, vi).
 */
public final class CellCycle extends AbstractDynamicalSystem {
    private static final int K = 0;
    private static final int KC = 1;
    private static final int KD1 = 2;
    private static final int KIM = 3;
    private static final int V2 = 4;
    private static final int V4 = 5;
    private static final int VM1 = 6;
    private static final int VM3 = 7;
    private static final int KD1_RATE = 8;
    private static final int VD = 9;
    private static final int VI = 10;

    public CellCycle(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 6, "K", "Kc", "Kd1", "Kim", "V2", "V4", "Vm1", "Vm3", "kd1", "vd", "vi");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        oscillator(s, p, out, 0, s[4]);
        oscillator(s, p, out, 3, s[1]);
    }

    /** Cyclin, kinase and protease of the oscillator at {@code base}, inhibited by kinase {@code inhibitor}. */
    private static void oscillator(double[] s, double[] p, double[] out, int base, double inhibitor) {
        double c = s[base];
        double m = s[base + 1];
        double x = s[base + 2];
        double k = p[K];
        out[base] = p[VI] * p[KIM] / (p[KIM] + inhibitor) - p[VD] * x * c / (p[KD1] + c) - p[KD1_RATE] * c;
        out[base + 1] = p[VM1] * c / (p[KC] + c) * (1 - m) / (k + 1 - m) - p[V2] * m / (k + m);
        out[base + 2] = p[VM3] * m * (1 - x) / (k + 1 - x) - p[V4] * x / (k + x);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        Arrays.fill(out, 0, 36, 0.0);
        oscillatorJacobian(s, p, out, 0, 4);
        oscillatorJacobian(s, p, out, 3, 1);
    }

    private static void oscillatorJacobian(double[] s, double[] p, double[] out, int base, int inhibitorIndex) {
        double c = s[base];
        double m = s[base + 1];
        double x = s[base + 2];
        double k = p[K];
        int rowC = base * 6;
        int rowM = (base + 1) * 6;
        int rowX = (base + 2) * 6;
        double cd = p[KD1] + c;
        double inhibitorSum = p[KIM] + s[inhibitorIndex];
        out[rowC + base] = -p[VD] * x * p[KD1] / (cd * cd) - p[KD1_RATE];
        out[rowC + base + 2] = -p[VD] * c / cd;
        out[rowC + inhibitorIndex] = -p[VI] * p[KIM] / (inhibitorSum * inhibitorSum);
        double cc = p[KC] + c;
        double activation = p[VM1] * c / cc;
        out[rowM + base] = p[VM1] * p[KC] / (cc * cc) * g(m, k);
        out[rowM + base + 1] = activation * gSlope(m, k) - p[V2] * rSlope(m, k);
        out[rowX + base + 1] = p[VM3] * g(x, k);
        out[rowX + base + 2] = p[VM3] * m * gSlope(x, k) - p[V4] * rSlope(x, k);
    }

    private static double g(double u, double k) {
        return (1 - u) / (k + 1 - u);
    }

    private static double gSlope(double u, double k) {
        double d = k + 1 - u;
        return -k / (d * d);
    }

    private static double rSlope(double u, double k) {
        double d = k + u;
        return k / (d * d);
    }
}
