package org.dynamicsworkbench.analysis.system.flows;

import java.util.Arrays;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Lorenz (1996) ring: X_i' = (X_{i+1} - X_{i-2}) X_{i-1} - X_i + f, indices cyclic. The dimension is the
 * length of the catalog's initial condition (4 in dysts), at least 4. Parameter (f).
 */
public final class Lorenz96 extends AbstractDynamicalSystem {
    private static final int F = 0;

    public Lorenz96(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, checkedDimension(metadata), "f");
    }

    private static int checkedDimension(SystemMetadata metadata) {
        int d = metadata.dimension();
        if (d < 4) {
            throw new IllegalArgumentException(metadata.name() + ": initial_conditions: the ring needs at least 4 "
                    + "values, got " + d);
        }
        return d;
    }

    @Override
    public void rhs(double[] s, double t, double[] p, double[] out) {
        int d = dimension();
        double f = p[F];
        for (int i = 0; i < d; i++) {
            double next = s[i + 1 < d ? i + 1 : i + 1 - d];
            double prev = s[i >= 1 ? i - 1 : i - 1 + d];
            double prev2 = s[i >= 2 ? i - 2 : i - 2 + d];
            out[i] = (next - prev2) * prev - s[i] + f;
        }
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] s, double t, double[] p, double[] out) {
        int d = dimension();
        Arrays.fill(out, 0, d * d, 0.0);
        for (int i = 0; i < d; i++) {
            int next = i + 1 < d ? i + 1 : i + 1 - d;
            int prev = i >= 1 ? i - 1 : i - 1 + d;
            int prev2 = i >= 2 ? i - 2 : i - 2 + d;
            int row = i * d;
            out[row + next] += s[prev];
            out[row + prev2] -= s[prev];
            out[row + prev] += s[next] - s[prev2];
            out[row + i] -= 1;
        }
    }
}
