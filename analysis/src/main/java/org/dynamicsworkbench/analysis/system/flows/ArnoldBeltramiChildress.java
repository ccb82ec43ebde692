package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Arnold-Beltrami-Childress flow, integrated on the unbounded coordinates (no sin/cos post-processing):
 * x' = a sin z + c cos y, y' = b sin x + a cos z, z' = c sin y + b cos x. Parameters (a, b, c).
 */
public final class ArnoldBeltramiChildress extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    public ArnoldBeltramiChildress(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = p[A] * Math.sin(z) + p[C] * Math.cos(y);
        out[1] = p[B] * Math.sin(x) + p[A] * Math.cos(z);
        out[2] = p[C] * Math.sin(y) + p[B] * Math.cos(x);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        out[0] = 0;
        out[1] = -p[C] * Math.sin(y);
        out[2] = p[A] * Math.cos(z);
        out[3] = p[B] * Math.cos(x);
        out[4] = 0;
        out[5] = -p[A] * Math.sin(z);
        out[6] = -p[B] * Math.sin(x);
        out[7] = p[C] * Math.cos(y);
        out[8] = 0;
    }
}
