package org.dynamicsworkbench.analysis.ordinal;

/**
 * The periodic band of the complexity-entropy plane as peccary's {@code plotBoundsHC} draws it: two
 * verticals at H_minPer and H_maxPer, each from C_min to C_max, and a chord between their tops. Values
 * here are exact (peccary picks the nearest points of its discretised curves, within about 1e-4).
 *
 * <p>Regions ({@link #regionOf}): between the verticals and under the chord is "regular", the sliver above
 * the chord "periodic"; H below the band is "regular" (nearly monotone); to the right of the band peccary
 * draws no boundary, and the workbench reports "complex/stochastic" with the height between the curves as a
 * continuous scale, a workbench heuristic rather than peccary's.
 */
public record PeriodicBand(double minEntropy, double maxEntropy, double cminAtMin, double cmaxAtMin,
                           double cminAtMax, double cmaxAtMax) {

    /** The plane's regions in peccary's labelling. */
    public enum Region {
        PERIODIC("periodic"), REGULAR("regular"), COMPLEX_STOCHASTIC("complex/stochastic");

        private final String label;

        Region(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PeriodicBand {
        if (!(minEntropy > 0 && minEntropy <= maxEntropy && maxEntropy <= 1)) {
            throw new IllegalArgumentException("band needs 0 < H_minPer <= H_maxPer <= 1, got " + minEntropy + ", "
                    + maxEntropy);
        }
    }

    /** Slope of the chord from (H_minPer, C_max) to (H_maxPer, C_max). */
    public double chordSlope() {
        return maxEntropy == minEntropy ? 0 : (cmaxAtMax - cmaxAtMin) / (maxEntropy - minEntropy);
    }

    /** The chord's C at entropy h. */
    public double chordAt(double h) {
        return cmaxAtMin + chordSlope() * (h - minEntropy);
    }

    /** The region of a point (see the class comment). */
    public Region regionOf(HcPoint point) {
        double h = point.entropy();
        if (h > maxEntropy) {
            return Region.COMPLEX_STOCHASTIC;
        }
        if (h >= minEntropy && point.complexity() > chordAt(h)) {
            return Region.PERIODIC;
        }
        return Region.REGULAR;
    }
}
