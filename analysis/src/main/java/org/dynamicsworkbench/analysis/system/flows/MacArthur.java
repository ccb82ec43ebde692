package org.dynamicsworkbench.analysis.system.flows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * MacArthur consumer-resource model with Liebig's law of the minimum (Huisman & Weissing 1999): five
 * species N_i on five resources R_j, mu_i = min_j r R_j / (k_{j,i} + R_j), N_i' = N_i (mu_i - m),
 * R_j' = d (s_j - R_j) - sum_i c_{j,i} mu_i N_i; state (N_0..N_4, R_0..R_4). Parameters (c_j_i, d, k_j_i, m,
 * r, s_j), the 5 x 5 matrices c (consumption) and k (half saturation) flattened row-major by the catalog.
 * The Jacobian is the piecewise one: only the limiting resource j*(i) of each species enters d mu_i / dR.
 */
public final class MacArthur extends AbstractDynamicalSystem {
    private static final int N = 5;
    private static final int C = 0;
    private static final int D = C + N * N;
    private static final int K = D + 1;
    private static final int M = K + N * N;
    private static final int R = M + 1;
    private static final int S = R + 1;

    public MacArthur(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 2 * N, equationParameterNames());
    }

    private static String[] equationParameterNames() {
        List<String> names = new ArrayList<>(SystemMetadata.indexedParameterNames("c", N, N));
        names.add("d");
        names.addAll(SystemMetadata.indexedParameterNames("k", N, N));
        names.addAll(List.of("m", "r"));
        names.addAll(SystemMetadata.indexedParameterNames("s", N));
        return names.toArray(String[]::new);
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double m = par[M];
        for (int i = 0; i < N; i++) {
            out[i] = state[i] * (growth(state, par, i) - m);
        }
        for (int j = 0; j < N; j++) {
            double uptake = 0;
            for (int i = 0; i < N; i++) {
                // mu_i N_i = N_i' + m N_i
                uptake += par[C + j * N + i] * (out[i] + m * state[i]);
            }
            out[N + j] = par[D] * (par[S + j] - state[N + j]) - uptake;
        }
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        int dim = 2 * N;
        Arrays.fill(out, 0, dim * dim, 0.0);
        double r = par[R];
        for (int i = 0; i < N; i++) {
            int limiting = limitingResource(state, par, i);
            double resource = state[N + limiting];
            double k = par[K + limiting * N + i];
            double mu = r * resource / (k + resource);
            double muSlope = r * k / ((k + resource) * (k + resource));
            out[i * dim + i] = mu - par[M];
            out[i * dim + N + limiting] = state[i] * muSlope;
            for (int j = 0; j < N; j++) {
                double c = par[C + j * N + i];
                out[(N + j) * dim + i] -= c * mu;
                out[(N + j) * dim + N + limiting] -= c * state[i] * muSlope;
            }
        }
        for (int j = 0; j < N; j++) {
            out[(N + j) * dim + N + j] -= par[D];
        }
    }

    /** mu_i = min_j r R_j / (k_{j,i} + R_j). */
    private static double growth(double[] state, double[] par, int species) {
        int j = limitingResource(state, par, species);
        double resource = state[N + j];
        return par[R] * resource / (par[K + j * N + species] + resource);
    }

    /** The resource j that minimises r R_j / (k_{j,i} + R_j) for species i (the first one on ties). */
    private static int limitingResource(double[] state, double[] par, int species) {
        int best = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (int j = 0; j < N; j++) {
            double resource = state[N + j];
            double rate = par[R] * resource / (par[K + j * N + species] + resource);
            if (rate < lowest) {
                lowest = rate;
                best = j;
            }
        }
        return best;
    }
}
