package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Ikeda map: t = 0.4 - 6 / (1 + x^2 + y^2), x' = 1 + u (x cos t - y sin t), y' = u (x sin t + y cos t).
 * Parameter (u).
 */
public final class Ikeda extends AbstractDynamicalSystem {
    private static final int U = 0;

    public Ikeda(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "u");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double u = par[U];
        double t = 0.4 - 6 / (1 + x * x + y * y);
        out[0] = 1 + u * (x * Math.cos(t) - y * Math.sin(t));
        out[1] = u * (x * Math.sin(t) + y * Math.cos(t));
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double u = par[U];
        double q = 1 + x * x + y * y;
        double t = 0.4 - 6 / q;
        double cos = Math.cos(t);
        double sin = Math.sin(t);
        // the rotated point u R(t) (x, y) and the gradient of t
        double rx = u * (x * cos - y * sin);
        double ry = u * (x * sin + y * cos);
        double tx = 12 * x / (q * q);
        double ty = 12 * y / (q * q);
        out[0] = u * cos - ry * tx;
        out[1] = -u * sin - ry * ty;
        out[2] = u * sin + rx * tx;
        out[3] = u * cos + rx * ty;
    }
}
