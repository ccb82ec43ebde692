package org.dynamicsworkbench.analysis.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test helper: compares a system's Jacobian with a central difference of its right-hand side (or map step). */
public final class CentralDifferenceJacobian {

    private CentralDifferenceJacobian() {
    }

    /**
     * Asserts df_i/dx_j = (f(x + h e_j) - f(x - h e_j)) / 2h, h = 1e-6 min(100, max(1, |x_j|)), to 1e-5 of
     * the largest Jacobian entry (at least 1e-5 absolute): the difference's truncation error is O(h^2 f''');
     * the cap keeps h small on raw phase coordinates, which reach 10^4 (TurchinHanski's season).
     */
    public static void assertMatches(DynamicalSystem system, double[] p, double[] x, double t, String where) {
        int d = system.dimension();
        double[] analytic = new double[d * d];
        system.jacobian(x, t, p, analytic);
        double scale = 1;
        for (double v : analytic) {
            scale = Math.max(scale, Math.abs(v));
        }
        double[] plus = new double[d];
        double[] minus = new double[d];
        for (int j = 0; j < d; j++) {
            double[] shifted = x.clone();
            double h = 1e-6 * Math.min(100, Math.max(1, Math.abs(x[j])));
            shifted[j] = x[j] + h;
            system.rhs(shifted, t, p, plus);
            shifted[j] = x[j] - h;
            system.rhs(shifted, t, p, minus);
            for (int i = 0; i < d; i++) {
                double difference = (plus[i] - minus[i]) / (2 * h);
                assertEquals(difference, analytic[i * d + j], 1e-5 * scale,
                        system.name() + " at the " + where + ": df" + i + "/dx" + j);
            }
        }
    }
}
