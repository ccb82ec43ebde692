package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hindmarsh-Rose neuron, dysts' rescaled three-variable form:
 * x' = (-tx x + y - a x^3 + b x^2 + z) / tx, y' = -a x^3 - (d - b) x^2 + z, z' = (-s x - z + c) / tz.
 * Parameters (a, b, c, d, s, tx, tz).
 */
public final class HindmarshRose extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int S = 4;
    private static final int TX = 5;
    private static final int TZ = 6;

    public HindmarshRose(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c", "d", "s", "tx", "tz");
    }

    @Override
    public void rhs(double[] st, double t, double[] p, double[] out) {
        double x = st[0];
        double y = st[1];
        double z = st[2];
        double a = p[A];
        double b = p[B];
        double tx = p[TX];
        double tz = p[TZ];
        double x2 = x * x;
        double x3 = x2 * x;
        out[0] = -x + y / tx - a * x3 / tx + b * x2 / tx + z / tx;
        out[1] = -a * x3 - (p[D] - b) * x2 + z;
        out[2] = -p[S] * x / tz - z / tz + p[C] / tz;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] st, double t, double[] p, double[] out) {
        double x = st[0];
        double a = p[A];
        double b = p[B];
        double tx = p[TX];
        double tz = p[TZ];
        out[0] = -1 + (-3 * a * x * x + 2 * b * x) / tx;
        out[1] = 1 / tx;
        out[2] = 1 / tx;
        out[3] = -3 * a * x * x - 2 * (p[D] - b) * x;
        out[4] = 0;
        out[5] = 1;
        out[6] = -p[S] / tz;
        out[7] = 0;
        out[8] = -1 / tz;
    }
}
