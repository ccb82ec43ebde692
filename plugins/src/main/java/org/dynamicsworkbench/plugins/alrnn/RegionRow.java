package org.dynamicsworkbench.plugins.alrnn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dynamicsworkbench.analysis.alrnn.regions.FixedPoint;

/**
 * One row of the regions table: a region's index and sign pattern, its occupancy along the free run, its fixed
 * point (observed coordinates), whether that point is real (inside the region) or virtual, and its spectral radius.
 */
record RegionRow(int region, String pattern, double occupancy, String fixedPoint, boolean real, double spectralRadius,
                 boolean stable) {

    /** One row per region that has a fixed point or is visited, most occupied first, then by index. */
    static List<RegionRow> of(ModelReading reading) {
        int n = reading.shape().observed();
        List<RegionRow> rows = new ArrayList<>();
        for (FixedPoint f : reading.fixedPoints()) {
            StringBuilder point = new StringBuilder("(");
            double[] z = f.point();
            for (int i = 0; i < n; i++) {
                point.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.3f", z[i]));
            }
            rows.add(new RegionRow(f.region(), f.pattern(), reading.occupancy(f.region()) / (double) reading.steps(),
                    point.append(')').toString(), f.real(), f.eigenvalues().spectralRadius(), f.eigenvalues().isStable()));
        }
        rows.sort((a, b) -> a.occupancy != b.occupancy ? Double.compare(b.occupancy, a.occupancy)
                : Integer.compare(a.region, b.region));
        return rows;
    }
}
