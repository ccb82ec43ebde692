package org.dynamicsworkbench.analysis.ordinal;

/**
 * A point of the complexity-entropy plane.
 *
 * @param entropy    normalised permutation entropy H in [0, 1]
 * @param complexity Jensen-Shannon statistical complexity C in [0, 1]
 */
public record HcPoint(double entropy, double complexity) {

    public HcPoint {
        if (!(entropy >= -1e-12 && entropy <= 1 + 1e-12) || !(complexity >= -1e-12 && complexity <= 1 + 1e-12)) {
            throw new IllegalArgumentException("(H, C) must lie in [0,1]^2, got (" + entropy + ", " + complexity + ")");
        }
    }
}
