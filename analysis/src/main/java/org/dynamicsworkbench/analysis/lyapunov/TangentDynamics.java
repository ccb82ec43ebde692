package org.dynamicsworkbench.analysis.lyapunov;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;

/**
 * The state x and a d x d tangent matrix Y (row-major, columns are tangent vectors) advanced together:
 * for a flow one RK4 step of x' = f(x), Y' = Df(x) Y with the same stages; for a map x -> f(x),
 * Y -> Df(x) Y. Scratch allocated once; not thread-safe.
 */
final class TangentDynamics {
    private final DynamicalSystem system;
    private final double[] p;
    private final int d;
    private final double[] jacobian;
    private final double[] stateStage;
    private final double[] tangentStage;
    private final double[][] stateSlopes;
    private final double[][] tangentSlopes;
    private final double[] nextState;

    TangentDynamics(DynamicalSystem system, double[] parameters) {
        this.system = system;
        this.p = parameters;
        this.d = system.dimension();
        this.jacobian = new double[d * d];
        this.stateStage = new double[d];
        this.tangentStage = new double[d * d];
        this.stateSlopes = new double[4][d];
        this.tangentSlopes = new double[4][d * d];
        this.nextState = new double[d];
    }

    /** One RK4 step of size h from time t of the state and the tangent matrix, in place. */
    void flowStep(double[] x, double[] y, double t, double h) {
        double half = 0.5 * h;
        slopes(x, y, t, stateSlopes[0], tangentSlopes[0]);
        stage(x, y, half, 0);
        slopes(stateStage, tangentStage, t + half, stateSlopes[1], tangentSlopes[1]);
        stage(x, y, half, 1);
        slopes(stateStage, tangentStage, t + half, stateSlopes[2], tangentSlopes[2]);
        stage(x, y, h, 2);
        slopes(stateStage, tangentStage, t + h, stateSlopes[3], tangentSlopes[3]);
        double sixth = h / 6.0;
        combine(x, stateSlopes, sixth, d);
        combine(y, tangentSlopes, sixth, d * d);
    }

    /** One iteration of a map: Y = Df(x) Y, then x = f(x); t is the iteration number. */
    void mapStep(double[] x, double[] y, double t) {
        system.jacobian(x, t, p, jacobian);
        multiply(jacobian, y, tangentStage);
        System.arraycopy(tangentStage, 0, y, 0, d * d);
        system.rhs(x, t, p, nextState);
        System.arraycopy(nextState, 0, x, 0, d);
    }

    private void slopes(double[] x, double[] y, double t, double[] stateSlope, double[] tangentSlope) {
        system.rhs(x, t, p, stateSlope);
        system.jacobian(x, t, p, jacobian);
        multiply(jacobian, y, tangentSlope);
    }

    private void stage(double[] x, double[] y, double step, int slope) {
        double[] k = stateSlopes[slope];
        for (int i = 0; i < d; i++) {
            stateStage[i] = x[i] + step * k[i];
        }
        double[] kk = tangentSlopes[slope];
        for (int i = 0; i < d * d; i++) {
            tangentStage[i] = y[i] + step * kk[i];
        }
    }

    private static void combine(double[] v, double[][] k, double sixth, int n) {
        double[] k1 = k[0];
        double[] k2 = k[1];
        double[] k3 = k[2];
        double[] k4 = k[3];
        for (int i = 0; i < n; i++) {
            v[i] += sixth * (k1[i] + 2.0 * (k2[i] + k3[i]) + k4[i]);
        }
    }

    /** out = a b for d x d row-major matrices; out is neither a nor b. */
    private void multiply(double[] a, double[] b, double[] out) {
        for (int i = 0; i < d; i++) {
            int row = i * d;
            for (int j = 0; j < d; j++) {
                double sum = 0;
                for (int k = 0; k < d; k++) {
                    sum += a[row + k] * b[k * d + j];
                }
                out[row + j] = sum;
            }
        }
    }
}
