package org.dynamicsworkbench.analysis.alrnn.regions;

/**
 * The unique periodic orbit of the affine maps of a region sequence (null points when {@code I - J_k...J_1} is
 * singular), whether each point lies in its region ({@code consistent}), and the regions the points actually
 * lie in.
 */
public record CycleCandidate(int[] regions, double[] points, boolean consistent, int[] actualRegions,
                             double[] product) {
}
