package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Forced oscillator with stick-slip friction against a belt moving at vs (dysts form; the forcing phase th
 * is integrated raw): T(v) = t0 sign(v - vs) - alpha v + beta (v - vs)^3, x' = v,
 * v' = eps (gamma cos th - T(v)) + a x - b x^3, th' = w. Parameters (a, alpha, b, beta, eps, gamma, t0, vs, w).
 * The Jacobian is the piecewise one: the jump of sign(v - vs) at v = vs contributes nothing.
 */
public final class StickSlipOscillator extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int ALPHA = 1;
    private static final int B = 2;
    private static final int BETA = 3;
    private static final int EPS = 4;
    private static final int GAMMA = 5;
    private static final int T0 = 6;
    private static final int VS = 7;
    private static final int W = 8;

    public StickSlipOscillator(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "alpha", "b", "beta", "eps", "gamma", "t0", "vs", "w");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double v = state[1];
        double th = state[2];
        double a = par[A];
        double alpha = par[ALPHA];
        double b = par[B];
        double beta = par[BETA];
        double eps = par[EPS];
        double gamma = par[GAMMA];
        double t0 = par[T0];
        double vs = par[VS];
        double w = par[W];
        double slip = v - vs;
        double friction = t0 * Math.signum(slip) - alpha * v + beta * slip * slip * slip;
        out[0] = v;
        out[1] = eps * (gamma * Math.cos(th) - friction) + a * x - b * x * x * x;
        out[2] = w;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double v = state[1];
        double th = state[2];
        double a = par[A];
        double alpha = par[ALPHA];
        double b = par[B];
        double beta = par[BETA];
        double eps = par[EPS];
        double gamma = par[GAMMA];
        double vs = par[VS];
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
        out[3] = a - 3 * b * x * x;
        out[4] = eps * (alpha - 3 * beta * (v - vs) * (v - vs));
        out[5] = -eps * gamma * Math.sin(th);
        out[6] = 0;
        out[7] = 0;
        out[8] = 0;
    }
}
