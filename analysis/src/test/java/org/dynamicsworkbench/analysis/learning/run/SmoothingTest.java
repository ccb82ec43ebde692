package org.dynamicsworkbench.analysis.learning.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** TensorBoard's de-biased EMA against values worked out by hand. */
class SmoothingTest {

    @Test
    void deBiasedEmaMatchesHandComputedValues() {
        // w = 0.5: last = 0.5, 1.25, 2.625; divided by 1 - 0.5^n = 0.5, 0.75, 0.875
        double[] s = Smoothing.ema(new double[] {1, 2, 4}, 0.5);
        assertArrayEquals(new double[] {1, 5.0 / 3, 3}, s, 1e-12);
    }

    @Test
    void firstValueIsKeptAndZeroWeightCopies() {
        double[] values = {3, -1, 7, 2};
        assertEquals(3, Smoothing.ema(values, 0.9)[0], 1e-12);
        assertArrayEquals(values, Smoothing.ema(values, 0));
    }

    @Test
    void nonFiniteValuesPassThroughAndDoNotEnterTheAverage() {
        double[] s = Smoothing.ema(new double[] {1, Double.NaN, 2, Double.POSITIVE_INFINITY, 4}, 0.5);
        assertTrue(Double.isNaN(s[1]));
        assertEquals(Double.POSITIVE_INFINITY, s[3]);
        assertArrayEquals(new double[] {1, 5.0 / 3, 3}, new double[] {s[0], s[2], s[4]}, 1e-12);
    }

    @Test
    void constantSeriesStayExactlyConstant() {
        double[] values = {0.1, 0.1, 0.1, 0.1};
        assertArrayEquals(values, Smoothing.ema(values, 0.999));
    }

    @Test
    void heavySmoothingLagsBehindAStep() {
        double[] values = new double[200];
        java.util.Arrays.fill(values, 100, 200, 1.0);
        double[] s = Smoothing.ema(values, 0.9);
        assertEquals(0, s[99], 1e-12);
        // after k ones the biased average is 1 - 0.9^k, divided by 1 - 0.9^(steps so far)
        assertEquals((1 - Math.pow(0.9, 1)) / (1 - Math.pow(0.9, 101)), s[100], 1e-12);
        assertEquals((1 - Math.pow(0.9, 50)) / (1 - Math.pow(0.9, 150)), s[149], 1e-12);
    }

    @Test
    void weightOutsideTheRangeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Smoothing.ema(new double[] {1}, 1.0));
        assertTrue(e.getMessage().contains("[0, 1)"), e.getMessage());
    }
}
