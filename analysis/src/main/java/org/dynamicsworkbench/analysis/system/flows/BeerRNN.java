package org.dynamicsworkbench.analysis.system.flows;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Continuous-time recurrent neural network of three neurons (Beer 1995):
 * tau_i x_i' = -x_i + sum_j w_ij sigma(x_j + theta_j), sigma(u) = 1 / (1 + e^-u).
 * Parameters, flattened from dysts' arrays: tau_0..tau_2, theta_0..theta_2, w_0_0..w_2_2 (row-major).
 */
public final class BeerRNN extends AbstractDynamicalSystem {
    private static final int N = 3;
    private static final int TAU = 0;
    private static final int THETA = N;
    private static final int W = 2 * N;

    public BeerRNN(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, N, ArrayParameters.names(ArrayParameters.vector("tau", N),
                ArrayParameters.vector("theta", N), ArrayParameters.matrix("w", N, N)));
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        for (int i = 0; i < N; i++) {
            double input = 0;
            for (int j = 0; j < N; j++) {
                input += p[W + i * N + j] * sigmoid(s[j] + p[THETA + j]);
            }
            out[i] = (-s[i] + input) / p[TAU + i];
        }
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double sigma = sigmoid(s[j] + p[THETA + j]);
                double slope = p[W + i * N + j] * sigma * (1 - sigma) - (i == j ? 1 : 0);
                out[i * N + j] = slope / p[TAU + i];
            }
        }
    }

    private static double sigmoid(double u) {
        return 1 / (1 + Math.exp(-u));
    }
}
