package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Turchin-Hanski vole-weasel model with seasonal forcing (dysts form; the season phase z is integrated raw):
 * n' = r (1 - e sin z) n - r n^2 - g n^2 / (n^2 + h^2) - a n p / (n + d), p' = s (1 - e sin z) p - s p^2 / n,
 * z' = 2 pi. Parameters (a, d, e, g, h, lamb, r, s); lamb is in the dysts metadata but its equations do not
 * use it, so it has no effect here either.
 */
public final class TurchinHanski extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int D = 1;
    private static final int E = 2;
    private static final int G = 3;
    private static final int H = 4;
    private static final int LAMB = 5;
    private static final int R = 6;
    private static final int S = 7;

    public TurchinHanski(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "d", "e", "g", "h", "lamb", "r", "s");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double n = state[0];
        double p = state[1];
        double z = state[2];
        double a = par[A];
        double d = par[D];
        double e = par[E];
        double g = par[G];
        double h = par[H];
        double r = par[R];
        double s = par[S];
        double season = 1 - e * Math.sin(z);
        out[0] = r * season * n - r * n * n - g * n * n / (n * n + h * h) - a * n * p / (n + d);
        out[1] = s * season * p - s * p * p / n;
        out[2] = 2 * Math.PI;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double n = state[0];
        double p = state[1];
        double z = state[2];
        double a = par[A];
        double d = par[D];
        double e = par[E];
        double g = par[G];
        double h = par[H];
        double r = par[R];
        double s = par[S];
        double season = 1 - e * Math.sin(z);
        double q = n * n + h * h;
        out[0] = r * season - 2 * r * n - 2 * g * n * h * h / (q * q) - a * p * d / ((n + d) * (n + d));
        out[1] = -a * n / (n + d);
        out[2] = -r * e * Math.cos(z) * n;
        out[3] = s * p * p / (n * n);
        out[4] = s * season - 2 * s * p / n;
        out[5] = -s * e * Math.cos(z) * p;
        out[6] = 0;
        out[7] = 0;
        out[8] = 0;
    }
}
