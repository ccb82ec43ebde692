package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * A tracer in a rectangular cavity (width a, height b) whose lids move alternately (dysts form, after
 * Ottino's lid-driven cavity): the velocity field is two Stokes modes of amplitudes u1, u2, and the first
 * mode's sign switches smoothly between the two lid protocols with weight
 * w = 1/2 + tanh(20 tau sin(2 pi tt / tau)) / 2. Since the field is linear in u1 and u2, the blend
 * w v(u1, u2) + (1 - w) v(-u1, u2) is (2 w - 1) u1 A(x, y) + u2 B(x, y), with
 * A = (2 sin(pi x / a) X1(y), 2 pi cos(pi x / a) Y1(y)) / (2 b pi + a sinh(2 pi b / a)),
 * B = (2 sin(2 pi x / a) X2(y), 4 pi cos(2 pi x / a) Y2(y)) / (4 b pi + a sinh(4 pi b / a)) and
 * Xn, Yn the mode profiles written out in {@link #rhs}. The protocol phase tt is a state with tt' = 1,
 * integrated raw (dysts shows sin(2 pi tt / tau)). Parameters (a, b, tau, u1, u2).
 */
public final class LidDrivenCavityFlow extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int TAU = 2;
    private static final int U1 = 3;
    private static final int U2 = 4;
    private static final double STIFFNESS = 20;

    public LidDrivenCavityFlow(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "tau", "u1", "u2");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        double b = par[B];
        double k = Math.PI / a;
        double d1 = 2 * b * Math.PI + a * Math.sinh(2 * Math.PI * b / a);
        double d2 = 4 * b * Math.PI + a * Math.sinh(4 * Math.PI * b / a);
        double sign = protocolSign(state[2], par[TAU]);
        double first = sign * par[U1];
        double second = par[U2];
        out[0] = first * 2 * Math.sin(k * x) / d1 * modeX(y, 1, a, b)
                + second * 2 * Math.sin(2 * k * x) / d2 * modeX(y, 2, a, b);
        out[1] = first * 2 * Math.PI * Math.cos(k * x) / d1 * modeY(y, 1, a, b)
                + second * 4 * Math.PI * Math.cos(2 * k * x) / d2 * modeY(y, 2, a, b);
        out[2] = 1;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double tt = state[2];
        double a = par[A];
        double b = par[B];
        double tau = par[TAU];
        double k = Math.PI / a;
        double d1 = 2 * b * Math.PI + a * Math.sinh(2 * Math.PI * b / a);
        double d2 = 4 * b * Math.PI + a * Math.sinh(4 * Math.PI * b / a);
        double argument = STIFFNESS * tau * Math.sin(2 * Math.PI * tt / tau);
        double sign = Math.tanh(argument);
        double signSlope = (1 - sign * sign) * STIFFNESS * 2 * Math.PI * Math.cos(2 * Math.PI * tt / tau);
        double u1 = par[U1];
        double u2 = par[U2];
        double x1 = modeX(y, 1, a, b);
        double x2 = modeX(y, 2, a, b);
        double y1 = modeY(y, 1, a, b);
        double y2 = modeY(y, 2, a, b);
        double s1 = Math.sin(k * x);
        double c1 = Math.cos(k * x);
        double s2 = Math.sin(2 * k * x);
        double c2 = Math.cos(2 * k * x);
        out[0] = sign * u1 * 2 * k * c1 / d1 * x1 + u2 * 4 * k * c2 / d2 * x2;
        out[1] = sign * u1 * 2 * s1 / d1 * modeXSlope(y, 1, a, b) + u2 * 2 * s2 / d2 * modeXSlope(y, 2, a, b);
        out[2] = signSlope * u1 * 2 * s1 / d1 * x1;
        out[3] = -sign * u1 * 2 * Math.PI * k * s1 / d1 * y1 - u2 * 8 * Math.PI * k * s2 / d2 * y2;
        out[4] = sign * u1 * 2 * Math.PI * c1 / d1 * modeYSlope(y, 1, a, b)
                + u2 * 4 * Math.PI * c2 / d2 * modeYSlope(y, 2, a, b);
        out[5] = signSlope * u1 * 2 * Math.PI * c1 / d1 * y1;
        out[6] = 0;
        out[7] = 0;
        out[8] = 0;
    }

    /** 2 w - 1 = tanh(20 tau sin(2 pi tt / tau)): +1 while one lid drives, -1 while the other does. */
    private static double protocolSign(double tt, double tau) {
        return Math.tanh(STIFFNESS * tau * Math.sin(2 * Math.PI * tt / tau));
    }

    /** X_n(y) = -n b pi sinh(n pi b / a) sinh(n pi y / a) + cosh(n pi b / a) (n pi y cosh(n pi y / a) + a sinh(n pi y / a)). */
    private static double modeX(double y, int n, double a, double b) {
        double q = n * Math.PI / a;
        return -n * b * Math.PI * Math.sinh(q * b) * Math.sinh(q * y)
                + Math.cosh(q * b) * (n * Math.PI * y * Math.cosh(q * y) + a * Math.sinh(q * y));
    }

    /** dX_n/dy. */
    private static double modeXSlope(double y, int n, double a, double b) {
        double q = n * Math.PI / a;
        return -n * b * Math.PI * q * Math.sinh(q * b) * Math.cosh(q * y)
                + Math.cosh(q * b) * (2 * n * Math.PI * Math.cosh(q * y) + n * Math.PI * y * q * Math.sinh(q * y));
    }

    /** Y_n(y) = b sinh(n pi b / a) cosh(n pi y / a) - cosh(n pi b / a) y sinh(n pi y / a). */
    private static double modeY(double y, int n, double a, double b) {
        double q = n * Math.PI / a;
        return b * Math.sinh(q * b) * Math.cosh(q * y) - Math.cosh(q * b) * y * Math.sinh(q * y);
    }

    /** dY_n/dy. */
    private static double modeYSlope(double y, int n, double a, double b) {
        double q = n * Math.PI / a;
        return b * q * Math.sinh(q * b) * Math.sinh(q * y)
                - Math.cosh(q * b) * (Math.sinh(q * y) + y * q * Math.cosh(q * y));
    }
}
