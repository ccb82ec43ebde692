package org.dynamicsworkbench.analysis.koopman;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Kernel EDMD (Williams, Rowley and Kevrekidis 2015) for dictionaries too large to list, defined implicitly
 * by a kernel k(x, y) = psi(x) . psi(y): with G_ij = k(x_i, x_j) = Q S^2 Q^T (truncated to the rank whose
 * eigenvalues exceed a relative cutoff) and A_ij = k(y_i, x_j), the r x r matrix
 * K = S^+ Q^T A Q S^+ has the EDMD eigenvalues of the implicit dictionary. Costs O(M^2) memory and
 * O(M^3) time, so M is capped at {@value #MAX_SNAPSHOTS}; subsample longer data.
 */
public final class KernelEdmd {
    public static final int MAX_SNAPSHOTS = 2000;

    private KernelEdmd() {
    }

    /**
     * @param relativeCutoff eigenvalues of G below this fraction of the largest are dropped (e.g. 1e-12)
     * @throws IllegalArgumentException if there are more than {@value #MAX_SNAPSHOTS} pairs
     */
    public static KernelEdmdResult fit(SnapshotPairs pairs, Kernel kernel, double relativeCutoff) {
        int m = pairs.size();
        int d = pairs.dimension();
        if (m > MAX_SNAPSHOTS) {
            throw new IllegalArgumentException("kernel EDMD forms M x M matrices; " + m + " snapshot pairs exceed the "
                    + MAX_SNAPSHOTS + " allowed (subsample the data or use an explicit dictionary)");
        }
        double[] x = pairs.xView();
        double[] y = pairs.yView();
        double[] g = new double[m * m];
        double[] a = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double v = kernel.value(x, i * d, x, j * d, d);
                g[i * m + j] = v;
                g[j * m + i] = v;
            }
            for (int j = 0; j < m; j++) {
                a[i * m + j] = kernel.value(y, i * d, x, j * d, d);
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(DenseAlgebra.matrix(g, m, m));
        double[] values = eigen.getRealEigenvalues();
        RealMatrix q = eigen.getV();
        double largest = java.util.Arrays.stream(values).max().orElse(0);
        int[] kept = java.util.stream.IntStream.range(0, m)
                .filter(i -> values[i] > relativeCutoff * largest)
                .boxed().sorted((i, j) -> Double.compare(values[j], values[i]))
                .mapToInt(Integer::intValue).toArray();
        int r = kept.length;
        // B = Q_r S_r^+ (m x r), K = B^T A B.
        double[] b = new double[m * r];
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < r; c++) {
                b[i * r + c] = q.getEntry(i, kept[c]) / Math.sqrt(values[kept[c]]);
            }
        }
        double[] ab = DenseAlgebra.multiply(a, b, m, m, r);
        double[] k = DenseAlgebra.transposeTimes(b, ab, m, r, r);
        return new KernelEdmdResult(r, Eigenpairs.of(k, r));
    }
}
