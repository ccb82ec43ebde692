package org.dynamicsworkbench.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContourTracerTest {
    /** f = x^2 + y^2 on [-2, 2]^2 with spacing 0.05: the level r^2 is the circle of radius r. */
    private static final Grid2D PARABOLOID = Grid2D.sample(new Range(-2, 2), 81, new Range(-2, 2), 81, (x, y) -> x * x + y * y);

    @Test
    void levelsOfAParaboloidAreCircles() {
        for (double r : new double[] {0.5, 1.0, 1.5}) {
            double[] seg = ContourTracer.segments(PARABOLOID, r * r);
            double length = 0;
            double[] covered = new double[30];
            for (int k = 0; k < seg.length; k += 2) {
                double radius = Math.hypot(seg[k], seg[k + 1]);
                // linear interpolation of a quadratic along a 0.05 edge errs by at most h^2 / (8 r) in radius
                assertEquals(r, radius, 0.05 * 0.05 / (4 * r), "end point radius at level " + r * r);
                int sector = (int) Math.floor((Math.atan2(seg[k + 1], seg[k]) + Math.PI) / (2 * Math.PI) * 30) % 30;
                covered[sector] = 1;
            }
            for (int k = 0; k < seg.length; k += 4) {
                length += Math.hypot(seg[k + 2] - seg[k], seg[k + 3] - seg[k + 1]);
            }
            assertEquals(2 * Math.PI * r, length, 2 * Math.PI * r * 0.005, "circumference at r = " + r);
            for (int s = 0; s < 30; s++) {
                assertEquals(1, covered[s], "the circle of radius " + r + " has points in every 12 degree sector");
            }
        }
    }

    @Test
    void levelOutsideTheValuesHasNoSegments() {
        assertEquals(0, ContourTracer.segments(PARABOLOID, 9).length);
        assertEquals(0, ContourTracer.segments(PARABOLOID, -1).length);
    }

    @Test
    void saddleCellFollowsTheCentreValue() {
        // corners (0,0) and (1,1) are high, (1,0) and (0,1) low; the centre mean 0.5 + bias decides the pairing
        Grid2D high = new Grid2D(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0, 0, 1.2});
        double[] seg = ContourTracer.segments(high, 0.5);
        assertEquals(8, seg.length, "two segments");
        // the centre (mean 0.55) is inside: the low corners are cut off, so each segment stays near one of them
        for (int k = 0; k < 8; k += 4) {
            double mx = (seg[k] + seg[k + 2]) / 2;
            double my = (seg[k + 1] + seg[k + 3]) / 2;
            assertTrue((mx > 0.5 && my < 0.5) || (mx < 0.5 && my > 0.5), "segment around a low corner: " + mx + ", " + my);
        }
        Grid2D low = new Grid2D(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0, 0, 0.6});
        double[] seg2 = ContourTracer.segments(low, 0.5);
        for (int k = 0; k < 8; k += 4) {
            double mx = (seg2[k] + seg2[k + 2]) / 2;
            double my = (seg2[k + 1] + seg2[k + 3]) / 2;
            assertTrue((mx < 0.5 && my < 0.5) || (mx > 0.5 && my > 0.5), "segment around a high corner: " + mx + ", " + my);
        }
    }

    @Test
    void cellsWithMissingValuesAreSkipped() {
        Grid2D g = new Grid2D(new double[] {0, 1, 2}, new double[] {0, 1}, new double[] {0, 1, 0, 0, 1, Double.NaN});
        double[] seg = ContourTracer.segments(g, 0.5);
        assertEquals(4, seg.length, "only the left cell is traced");
        assertTrue(seg[0] <= 1 && seg[2] <= 1);
    }
}
