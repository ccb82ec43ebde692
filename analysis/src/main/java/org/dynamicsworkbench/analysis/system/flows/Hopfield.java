package org.dynamicsworkbench.analysis.system.flows;

import java.util.List;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Hopfield network of six neurons with a saturating response (Lewis and Glass 1991):
 * x_i' = -x_i / tau + f(eps sum_j k_ij x_j) - beta, f(u) = (1 + tanh u) / 2.
 * Parameters: beta, eps, k_0_0..k_5_5 (dysts' 6x6 matrix, row-major), tau.
 */
public final class Hopfield extends AbstractDynamicalSystem {
    private static final int N = 6;
    private static final int BETA = 0;
    private static final int EPS = 1;
    private static final int K = 2;
    private static final int TAU = K + N * N;

    public Hopfield(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, N, ArrayParameters.names(List.of("beta", "eps"),
                ArrayParameters.matrix("k", N, N), List.of("tau")));
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        for (int i = 0; i < N; i++) {
            out[i] = -s[i] / p[TAU] + 0.5 * (1 + Math.tanh(p[EPS] * coupling(s, p, i))) - p[BETA];
        }
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        for (int i = 0; i < N; i++) {
            double tanh = Math.tanh(p[EPS] * coupling(s, p, i));
            double slope = 0.5 * (1 - tanh * tanh) * p[EPS];
            for (int j = 0; j < N; j++) {
                out[i * N + j] = slope * p[K + i * N + j] - (i == j ? 1 / p[TAU] : 0);
            }
        }
    }

    private static double coupling(double[] s, double[] p, int row) {
        double sum = 0;
        for (int j = 0; j < N; j++) {
            sum += p[K + row * N + j] * s[j];
        }
        return sum;
    }
}
