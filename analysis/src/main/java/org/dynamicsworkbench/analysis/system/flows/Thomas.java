package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Thomas' cyclically symmetric attractor, dysts' scaled form: x' = -a x + b sin y, y' = -a y + b sin z,
 * z' = -a z + b sin x. Parameters (a, b).
 */
public final class Thomas extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public Thomas(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double a = p[A];
        double b = p[B];
        out[0] = -a * s[0] + b * Math.sin(s[1]);
        out[1] = -a * s[1] + b * Math.sin(s[2]);
        out[2] = -a * s[2] + b * Math.sin(s[0]);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double a = p[A];
        double b = p[B];
        out[0] = -a;
        out[1] = b * Math.cos(s[1]);
        out[2] = 0;
        out[3] = 0;
        out[4] = -a;
        out[5] = b * Math.cos(s[2]);
        out[6] = b * Math.cos(s[0]);
        out[7] = 0;
        out[8] = -a;
    }
}
