package org.dynamicsworkbench.analysis.alrnn.train;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.alrnn.AlRnnShape;

/**
 * The adaptive GTF coefficient ("product upper bound", the reference default): for the batch's data-inferred
 * states {@code zhat = [x_k ; 0]}, k = 1..T, {@code bound = max_s geomean_k ||J(zhat_{k,s})||_2} and
 * {@code alpha* = max(0, 1 - 1 / bound)}. The Jacobian depends on zhat only through its subregion, so each
 * region's spectral norm is computed once per call.
 */
public final class AlphaEstimator {

    private AlphaEstimator() {
    }

    /** alpha* for the batch {@code windows} (layout as {@link Bptt}) under the model {@code theta}. */
    public static double estimate(AlRnnShape shape, double[] theta, double[] windows, int batch, int seqLen) {
        int m = shape.latent();
        int n = shape.observed();
        AlRnn model = new AlRnn(shape, theta);
        double[] zhat = new double[m];
        double[] jac = new double[m * m];
        Map<Integer, Double> logNorms = new HashMap<>();
        double worst = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < batch; s++) {
            double sumLog = 0;
            for (int k = 1; k <= seqLen; k++) {
                System.arraycopy(windows, (s * (seqLen + 1) + k) * n, zhat, 0, n);
                int region = model.region(zhat, 0);
                Double cached = logNorms.get(region);
                if (cached == null) {
                    model.jacobian(region, jac);
                    double[][] rows = new double[m][m];
                    for (int i = 0; i < m; i++) {
                        System.arraycopy(jac, i * m, rows[i], 0, m);
                    }
                    cached = Math.log(new SingularValueDecomposition(new Array2DRowRealMatrix(rows, false)).getNorm());
                    logNorms.put(region, cached);
                }
                sumLog += cached;
            }
            worst = Math.max(worst, sumLog / seqLen);
        }
        double bound = Math.exp(worst);
        return Math.max(0, 1 - 1 / bound);
    }

    /** The annealing rule: rise at once to a larger estimate, else decay towards it with factor {@code gamma}. */
    public static double anneal(double alpha, double estimate, double gamma) {
        return estimate > alpha ? estimate : gamma * alpha + (1 - gamma) * estimate;
    }
}
