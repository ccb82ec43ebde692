package org.dynamicsworkbench.analysis.alrnn.regions;

/**
 * The fixed point {@code z* = (I - diag A - W D)^-1 h} of the affine map of one subregion. It is real when it
 * lies in its own region (the sign pattern of its ReLU units is the region's), virtual otherwise.
 *
 * @param region      the region index
 * @param pattern     the region's bits in unit order
 * @param point       z* in latent coordinates (its first N entries are observation coordinates)
 * @param real        whether z* lies in its region
 * @param eigenvalues of {@code diag A + W D}
 */
public record FixedPoint(int region, String pattern, double[] point, boolean real, Eigenvalues eigenvalues) {

    public FixedPoint {
        point = point.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }
}
