package org.dynamicsworkbench.analysis.alrnn.regions;

import java.util.ArrayList;
import java.util.List;

import org.dynamicsworkbench.analysis.alrnn.AlRnn;

/** The fixed points of an AL-RNN's subregions, each marked real or virtual. */
public final class FixedPoints {
    /** Up to this P every region is solved; beyond, only the regions asked for. */
    public static final int MAX_PIECEWISE_ALL_REGIONS = 12;

    private FixedPoints() {
    }

    /** The fixed point of every region (2^P of them), skipping regions whose I - J is singular. */
    public static List<FixedPoint> ofAllRegions(AlRnn model) {
        int p = model.shape().piecewise();
        if (p > MAX_PIECEWISE_ALL_REGIONS) {
            throw new IllegalArgumentException("P = " + p + ": too many regions (2^P) to solve them all; pass the "
                    + "visited regions instead");
        }
        int[] regions = new int[1 << p];
        for (int i = 0; i < regions.length; i++) {
            regions[i] = i;
        }
        return of(model, regions);
    }

    /** The fixed points of the given regions, in that order, skipping singular ones. */
    public static List<FixedPoint> of(AlRnn model, int[] regions) {
        int m = model.shape().latent();
        double[] j = new double[m * m];
        double[] h = model.h();
        List<FixedPoint> out = new ArrayList<>();
        for (int region : regions) {
            model.jacobian(region, j);
            double[] z = RegionAlgebra.solveFixed(j, h, m);
            if (z == null) {
                continue;
            }
            boolean real = model.region(z, 0) == region;
            out.add(new FixedPoint(region, model.pattern(region), z, real, Eigenvalues.of(j, m)));
        }
        return List.copyOf(out);
    }
}
