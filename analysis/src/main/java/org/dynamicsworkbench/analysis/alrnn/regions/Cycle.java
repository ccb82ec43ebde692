package org.dynamicsworkbench.analysis.alrnn.regions;

/**
 * A k-cycle of the model: points {@code z_1..z_k} (row-major k x M) with {@code z_{i+1} = F(z_i)},
 * {@code F(z_k) = z_1}, where {@code z_i} lies in region {@code regions[i]}; the region sequence is given in its
 * canonical rotation (lexicographically smallest). Eigenvalues are those of the product of the regions'
 * Jacobians (the k-th iterate's linear part).
 */
public record Cycle(int[] regions, double[] points, int latent, Eigenvalues eigenvalues) {

    public Cycle {
        regions = regions.clone();
        points = points.clone();
        if (points.length != regions.length * latent) {
            throw new IllegalArgumentException("a " + regions.length + "-cycle of M=" + latent + " needs "
                    + regions.length * latent + " coordinates, got " + points.length);
        }
    }

    public int order() {
        return regions.length;
    }

    @Override
    public int[] regions() {
        return regions.clone();
    }

    @Override
    public double[] points() {
        return points.clone();
    }

    /** Point i (0-based) of the cycle. */
    public double[] point(int i) {
        return java.util.Arrays.copyOfRange(points, i * latent, (i + 1) * latent);
    }
}
