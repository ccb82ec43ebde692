package org.dynamicsworkbench.analysis.alrnn.regions;

import org.dynamicsworkbench.analysis.alrnn.AlRnn;

/**
 * The Lyapunov spectrum of an AL-RNN map by QR iteration along a free run: {@code Q_{t+1} R_{t+1} = J(z_t) Q_t}
 * (modified Gram-Schmidt, diag R &gt; 0), {@code lambda_i = (1/n) sum_t ln R_ii} per step, sorted descending.
 * Divide by the sampling step for exponents per unit of model time.
 */
public final class ModelLyapunov {

    private ModelLyapunov() {
    }

    /**
     * @return exponents per step, descending; NaN entries if the run left the finite range
     */
    public static double[] perStep(AlRnn model, double[] z0, int transientSteps, int steps) {
        int m = model.shape().latent();
        double[] z = z0.clone();
        double[] next = new double[m];
        for (int t = 0; t < transientSteps; t++) {
            model.step(z, next);
            double[] s = z;
            z = next;
            next = s;
        }
        int regions = model.shape().piecewise() <= 12 ? model.regionCount() : 0;
        double[][] cache = new double[regions][];
        double[] jac = new double[m * m];
        double[] q = new double[m * m];
        double[] y = new double[m * m];
        for (int i = 0; i < m; i++) {
            q[i * m + i] = 1;
        }
        double[] sums = new double[m];
        for (int t = 0; t < steps; t++) {
            int region = model.region(z, 0);
            double[] j;
            if (region < regions) {
                if (cache[region] == null) {
                    cache[region] = new double[m * m];
                    model.jacobian(region, cache[region]);
                }
                j = cache[region];
            } else {
                model.jacobian(region, jac);
                j = jac;
            }
            RegionAlgebra.multiply(j, q, y, m);
            if (!orthonormalize(y, m, sums)) {
                double[] nan = new double[m];
                java.util.Arrays.fill(nan, Double.NaN);
                return nan;
            }
            double[] s = q;
            q = y;
            y = s;
            model.step(z, next);
            double[] sw = z;
            z = next;
            next = sw;
        }
        for (int i = 0; i < m; i++) {
            sums[i] /= steps;
        }
        java.util.Arrays.sort(sums);
        for (int i = 0; i < m / 2; i++) {
            double tmp = sums[i];
            sums[i] = sums[m - 1 - i];
            sums[m - 1 - i] = tmp;
        }
        return sums;
    }

    private static boolean orthonormalize(double[] y, int d, double[] logGrowth) {
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < j; k++) {
                double r = 0;
                for (int i = 0; i < d; i++) {
                    r += y[i * d + k] * y[i * d + j];
                }
                for (int i = 0; i < d; i++) {
                    y[i * d + j] -= r * y[i * d + k];
                }
            }
            double sq = 0;
            for (int i = 0; i < d; i++) {
                sq += y[i * d + j] * y[i * d + j];
            }
            double norm = Math.sqrt(sq);
            if (!(norm > 0 && norm < Double.POSITIVE_INFINITY)) {
                return false;
            }
            for (int i = 0; i < d; i++) {
                y[i * d + j] /= norm;
            }
            logGrowth[j] += Math.log(norm);
        }
        return true;
    }
}
