package org.dynamicsworkbench.analysis.system.flows;

import java.util.List;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Bickley jet with a travelling-wave perturbation, in dysts' variable order (s0, s1, s2) = (y, x, z)
 * with z the phase of the waves, integrated raw (no post-processing). With
 * phi_n = k_n (x - z sigma_n) and S = sech^2(y / ell):
 * y' = ell u S sum_n eps_n k_n sin phi_n, x' = u S (-1 - 2 tanh(y / ell) sum_n eps_n cos phi_n), z' = omega.
 * (dysts' code names the first derivative "dy" and the second "dx"; the Java follows its order.)
 * Parameters: ell, eps_0..eps_2, k_0..k_2, omega, sigma_0..sigma_2, u.
 */
public final class BickleyJet extends AbstractDynamicalSystem {
    private static final int MODES = 3;
    private static final int ELL = 0;
    private static final int EPS = 1;
    private static final int K = EPS + MODES;
    private static final int OMEGA = K + MODES;
    private static final int SIGMA = OMEGA + 1;
    private static final int U = SIGMA + MODES;

    public BickleyJet(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, ArrayParameters.names(List.of("ell"), ArrayParameters.vector("eps", MODES),
                ArrayParameters.vector("k", MODES), List.of("omega"), ArrayParameters.vector("sigma", MODES),
                List.of("u")));
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double ell = p[ELL];
        double sech = 1 / Math.cosh(s[0] / ell);
        double sech2 = sech * sech;
        double sinSum = 0;
        double cosSum = 0;
        for (int n = 0; n < MODES; n++) {
            double phase = p[K + n] * (s[1] - s[2] * p[SIGMA + n]);
            sinSum += p[EPS + n] * p[K + n] * Math.sin(phase);
            cosSum += p[EPS + n] * Math.cos(phase);
        }
        out[0] = ell * p[U] * sech2 * sinSum;
        out[1] = p[U] * sech2 * (-1 - 2 * cosSum * Math.tanh(s[0] / ell));
        out[2] = p[OMEGA];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double ell = p[ELL];
        double u = p[U];
        double tanh = Math.tanh(s[0] / ell);
        double sech = 1 / Math.cosh(s[0] / ell);
        double sech2 = sech * sech;
        // d(sech^2(y/ell))/dy = -2 sech^2 tanh / ell
        double sech2Y = -2 * sech2 * tanh / ell;
        double sinSum = 0;
        double cosSum = 0;
        double sinSumX = 0;
        double sinSumZ = 0;
        double cosSumX = 0;
        double cosSumZ = 0;
        for (int n = 0; n < MODES; n++) {
            double k = p[K + n];
            double eps = p[EPS + n];
            double phase = k * (s[1] - s[2] * p[SIGMA + n]);
            double sin = Math.sin(phase);
            double cos = Math.cos(phase);
            sinSum += eps * k * sin;
            cosSum += eps * cos;
            sinSumX += eps * k * k * cos;
            sinSumZ -= eps * k * k * p[SIGMA + n] * cos;
            cosSumX -= eps * k * sin;
            cosSumZ += eps * k * p[SIGMA + n] * sin;
        }
        out[0] = ell * u * sech2Y * sinSum;
        out[1] = ell * u * sech2 * sinSumX;
        out[2] = ell * u * sech2 * sinSumZ;
        out[3] = u * sech2Y * (-1 - 2 * cosSum * tanh) + u * sech2 * (-2 * cosSum * sech2 / ell);
        out[4] = u * sech2 * (-2 * cosSumX * tanh);
        out[5] = u * sech2 * (-2 * cosSumZ * tanh);
        out[6] = 0;
        out[7] = 0;
        out[8] = 0;
    }
}
