package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Time-periodic double gyre (Shadden et al.), forcing phase z integrated raw: with a = eps sin z,
 * b = 1 - 2 eps sin z and f = a x^2 + b x, x' = -alpha pi sin(pi f) cos(pi y),
 * y' = alpha pi cos(pi f) sin(pi y) (2 a x + b), z' = omega. Parameters (alpha, eps, omega).
 */
public final class DoubleGyre extends AbstractDynamicalSystem {
    private static final int ALPHA = 0;
    private static final int EPS = 1;
    private static final int OMEGA = 2;

    public DoubleGyre(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "alpha", "eps", "omega");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double a = p[EPS] * Math.sin(s[2]);
        double b = 1 - 2 * a;
        double f = a * x * x + b * x;
        double amplitude = p[ALPHA] * Math.PI;
        out[0] = -amplitude * Math.sin(Math.PI * f) * Math.cos(Math.PI * s[1]);
        out[1] = amplitude * Math.cos(Math.PI * f) * Math.sin(Math.PI * s[1]) * (2 * a * x + b);
        out[2] = p[OMEGA];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double a = p[EPS] * Math.sin(s[2]);
        double aZ = p[EPS] * Math.cos(s[2]);
        double b = 1 - 2 * a;
        double f = a * x * x + b * x;
        double fX = 2 * a * x + b;
        double fZ = aZ * (x * x - 2 * x);
        double fXZ = 2 * aZ * (x - 1);
        double pi = Math.PI;
        double amplitude = p[ALPHA] * pi;
        double sinF = Math.sin(pi * f);
        double cosF = Math.cos(pi * f);
        double sinY = Math.sin(pi * s[1]);
        double cosY = Math.cos(pi * s[1]);
        out[0] = -amplitude * pi * cosF * fX * cosY;
        out[1] = amplitude * pi * sinF * sinY;
        out[2] = -amplitude * pi * cosF * fZ * cosY;
        out[3] = amplitude * sinY * (-pi * sinF * fX * fX + cosF * 2 * a);
        out[4] = amplitude * pi * cosF * cosY * fX;
        out[5] = amplitude * sinY * (-pi * sinF * fZ * fX + cosF * fXZ);
        out[6] = 0;
        out[7] = 0;
        out[8] = 0;
    }
}
