package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Reduced Belousov-Zhabotinsky reaction (Gyorgyi and Field 1992), state (x, z, v). With
 * ybar = yb1 z v / (y0 (yb2 x + yb3 + kf)), x+ = max(x, 0) and rf = (ci - z0 z) sqrt(x+):
 * x' = t0 (c1 x+ ybar + c2 ybar + c3 x+^2 + c4 rf + c5 x+ z - kf x+),
 * z' = t0 ((c6 / z0) rf + c7 x+ z + c8 z v + c9 z - kf z),
 * v' = t0 (c10 x+ ybar + c11 ybar + c12 x+^2 + c13 z v - kf v).
 * As in dysts, ybar uses the raw x and every other x term its positive part. The Jacobian is analytic for
 * x != 0 (for x < 0 the x+ terms are constant; at x = 0 the square root has no derivative).
 * Parameters c1, c10..c13, c2..c9 (dysts' alphabetical order), ci, kf, t0, y0, yb1, yb2, yb3, z0.
 */
public final class BelousovZhabotinsky extends AbstractDynamicalSystem {
    private static final int C1 = 0;
    private static final int C10 = 1;
    private static final int C11 = 2;
    private static final int C12 = 3;
    private static final int C13 = 4;
    private static final int C2 = 5;
    private static final int C3 = 6;
    private static final int C4 = 7;
    private static final int C5 = 8;
    private static final int C6 = 9;
    private static final int C7 = 10;
    private static final int C8 = 11;
    private static final int C9 = 12;
    private static final int CI = 13;
    private static final int KF = 14;
    private static final int T0 = 15;
    private static final int Y0 = 16;
    private static final int YB1 = 17;
    private static final int YB2 = 18;
    private static final int YB3 = 19;
    private static final int Z0 = 20;

    public BelousovZhabotinsky(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "c1", "c10", "c11", "c12", "c13", "c2", "c3", "c4", "c5", "c6", "c7",
                "c8", "c9", "ci", "kf", "t0", "y0", "yb1", "yb2", "yb3", "z0");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double z = s[1];
        double v = s[2];
        double kf = p[KF];
        double ybar = p[YB1] * z * v / (p[Y0] * (p[YB2] * x + p[YB3] + kf));
        double xp = Math.max(x, 0);
        double rf = (p[CI] - p[Z0] * z) * Math.sqrt(xp);
        out[0] = p[T0] * (p[C1] * xp * ybar + p[C2] * ybar + p[C3] * xp * xp + p[C4] * rf + p[C5] * xp * z
                - kf * xp);
        out[1] = p[T0] * (p[C6] / p[Z0] * rf + p[C7] * xp * z + p[C8] * z * v + p[C9] * z - kf * z);
        out[2] = p[T0] * (p[C10] * xp * ybar + p[C11] * ybar + p[C12] * xp * xp + p[C13] * z * v - kf * v);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double z = s[1];
        double v = s[2];
        double kf = p[KF];
        double denominator = p[YB2] * x + p[YB3] + kf;
        double scale = p[YB1] / (p[Y0] * denominator);
        double ybar = scale * z * v;
        double ybarX = -ybar * p[YB2] / denominator;
        double ybarZ = scale * v;
        double ybarV = scale * z;
        boolean positive = x > 0;
        double xp = positive ? x : 0;
        double dxp = positive ? 1 : 0;
        double root = Math.sqrt(xp);
        double rfX = positive ? (p[CI] - p[Z0] * z) / (2 * root) : 0;
        double rfZ = -p[Z0] * root;
        double t0 = p[T0];
        out[0] = t0 * (p[C1] * (dxp * ybar + xp * ybarX) + p[C2] * ybarX + 2 * p[C3] * xp * dxp + p[C4] * rfX
                + p[C5] * z * dxp - kf * dxp);
        out[1] = t0 * (p[C1] * xp * ybarZ + p[C2] * ybarZ + p[C4] * rfZ + p[C5] * xp);
        out[2] = t0 * (p[C1] * xp * ybarV + p[C2] * ybarV);
        out[3] = t0 * (p[C6] / p[Z0] * rfX + p[C7] * z * dxp);
        out[4] = t0 * (p[C6] / p[Z0] * rfZ + p[C7] * xp + p[C8] * v + p[C9] - kf);
        out[5] = t0 * p[C8] * z;
        out[6] = t0 * (p[C10] * (dxp * ybar + xp * ybarX) + p[C11] * ybarX + 2 * p[C12] * xp * dxp);
        out[7] = t0 * (p[C10] * xp * ybarZ + p[C11] * ybarZ + p[C13] * v);
        out[8] = t0 * (p[C10] * xp * ybarV + p[C11] * ybarV + p[C13] * z - kf);
    }
}
