package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Three-neuron cellular neural network (Arena et al.): with the saturation f(u) = (|u + 1| - |u - 1|) / 2,
 * x' = -x + d f(x) - b f(y) - b f(z), y' = -y - b f(x) + c f(y) - a f(z), z' = -z - b f(x) + a f(y) + f(z).
 * Piecewise linear: the Jacobian uses f'(u) = 1 inside |u| < 1, 0 outside and 1/2 on |u| = 1.
 * Parameters (a, b, c, d).
 */
public final class CellularNeuralNetwork extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    public CellularNeuralNetwork(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, "a", "b", "c", "d");
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        double fx = saturation(s[0]);
        double fy = saturation(s[1]);
        double fz = saturation(s[2]);
        out[0] = -s[0] + p[D] * fx - p[B] * fy - p[B] * fz;
        out[1] = -s[1] - p[B] * fx + p[C] * fy - p[A] * fz;
        out[2] = -s[2] - p[B] * fx + p[A] * fy + fz;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        double gx = slope(s[0]);
        double gy = slope(s[1]);
        double gz = slope(s[2]);
        out[0] = -1 + p[D] * gx;
        out[1] = -p[B] * gy;
        out[2] = -p[B] * gz;
        out[3] = -p[B] * gx;
        out[4] = -1 + p[C] * gy;
        out[5] = -p[A] * gz;
        out[6] = -p[B] * gx;
        out[7] = p[A] * gy;
        out[8] = -1 + gz;
    }

    private static double saturation(double u) {
        return 0.5 * (Math.abs(u + 1) - Math.abs(u - 1));
    }

    private static double slope(double u) {
        return 0.5 * (Math.signum(u + 1) - Math.signum(u - 1));
    }
}
