package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Cellular flow with an oscillating shift (a passive tracer in a time-periodic flow), the forcing phase z
 * integrated as a state (dysts form; z and x are integrated raw, without dysts' cos/sin post-processing):
 * f = x + b sin z, x' = u cos(k y) sin(k f), y' = -u sin(k y) cos(k f), z' = omega.
 * Parameters (b, k, omega, u).
 */
public final class OscillatingFlow extends AbstractDynamicalSystem {
    private static final int B = 0;
    private static final int K = 1;
    private static final int OMEGA = 2;
    private static final int U = 3;

    public OscillatingFlow(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "b", "k", "omega", "u");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double b = par[B];
        double k = par[K];
        double omega = par[OMEGA];
        double u = par[U];
        double f = x + b * Math.sin(z);
        out[0] = u * Math.cos(k * y) * Math.sin(k * f);
        out[1] = -u * Math.sin(k * y) * Math.cos(k * f);
        out[2] = omega;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double b = par[B];
        double k = par[K];
        double u = par[U];
        double f = x + b * Math.sin(z);
        double cky = Math.cos(k * y);
        double sky = Math.sin(k * y);
        double ckf = Math.cos(k * f);
        double skf = Math.sin(k * f);
        out[0] = u * k * cky * ckf;
        out[1] = -u * k * sky * skf;
        out[2] = u * k * cky * ckf * b * Math.cos(z);
        out[3] = u * k * sky * skf;
        out[4] = -u * k * cky * ckf;
        out[5] = u * k * sky * skf * b * Math.cos(z);
        out[6] = 0;
        out[7] = 0;
        out[8] = 0;
    }
}
