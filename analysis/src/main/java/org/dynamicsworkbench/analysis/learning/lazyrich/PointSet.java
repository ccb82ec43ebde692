package org.dynamicsworkbench.analysis.learning.lazyrich;

/**
 * A set of input points with their targets, stored twice for the two hot loops: feature-major
 * ({@code byFeature[k * count + p]}, rows of length count, for the forward pass) and point-major
 * ({@code byPoint[p * dim + k]}, for the gradient). Package-private; the arrays are never handed out.
 */
final class PointSet {
    final int count;
    final int dim;
    final double[] byFeature;
    final double[] byPoint;
    final double[] targets;

    /** Takes point-major inputs (copied) and their targets (copied). */
    PointSet(int count, int dim, double[] byPoint, double[] targets) {
        if (byPoint.length != count * dim || targets.length != count) {
            throw new IllegalArgumentException("point set of " + count + " points in dimension " + dim + " needs "
                    + count * dim + " inputs and " + count + " targets, got " + byPoint.length + " and "
                    + targets.length);
        }
        this.count = count;
        this.dim = dim;
        this.byPoint = byPoint.clone();
        this.targets = targets.clone();
        this.byFeature = new double[count * dim];
        for (int p = 0; p < count; p++) {
            for (int k = 0; k < dim; k++) {
                byFeature[k * count + p] = byPoint[p * dim + k];
            }
        }
    }

    /** The first {@code n} points. */
    PointSet head(int n) {
        if (n < 1 || n > count) {
            throw new IllegalArgumentException("head size must be in [1, " + count + "], got " + n);
        }
        double[] x = new double[n * dim];
        System.arraycopy(byPoint, 0, x, 0, n * dim);
        double[] y = new double[n];
        System.arraycopy(targets, 0, y, 0, n);
        return new PointSet(n, dim, x, y);
    }
}
