package org.dynamicsworkbench.render.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void linearTicksAreMultiplesOfANiceStep() {
        TickSet t = Ticks.linear(new Range(-17.3, 19.6), 6);
        assertArrayEquals(new double[] {-10, 0, 10}, t.values());
        assertEquals(List.of("\u221210", "0", "10"), t.plainLabels());
        assertArrayEquals(new double[] {0, 10, 20, 30, 40}, Ticks.linear(new Range(0, 40), 6).values());
        assertArrayEquals(new double[] {0, 5, 10, 15, 20}, Ticks.linear(new Range(0, 20), 6).values());
    }

    @Test
    void aRangeShorterThanItsNiceStepStillGetsTwoTicks() {
        // 0.5..15.5 with 3 ticks allowed: the nice step 10 leaves only "10"; the next smaller, 5, gives 5, 10, 15
        TickSet t = Ticks.linear(new Range(0.5, 15.5), 3);
        assertArrayEquals(new double[] {5, 10, 15}, t.values(), 1e-12);
        assertArrayEquals(new double[] {0, 10, 20}, Ticks.linear(new Range(0, 20), 3).values(), 1e-12,
                "ranges that already show two ticks keep theirs");
    }

    @Test
    void niceStepIsOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.2, Ticks.niceStep(1, 6), 1e-15);
        assertEquals(0.5, Ticks.niceStep(2, 6), 1e-15);
        assertEquals(1, Ticks.niceStep(4, 6), 1e-15);
        assertEquals(2000, Ticks.niceStep(7000, 5), 1e-9);
    }

    @Test
    void decimalTicksAreExactAndLabelledWithJustEnoughDigits() {
        TickSet t = Ticks.linear(new Range(0.1, 0.75), 8);
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7}, t.values(), 0.0);
        assertEquals(List.of("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"), t.plainLabels());
    }

    @Test
    void veryLargeNumbersShareAPowerOfTen() {
        TickSet t = Ticks.linear(new Range(0, 4e6), 5);
        assertEquals(List.of("0", "1\u00D7106", "2\u00D7106", "3\u00D7106", "4\u00D7106"), t.plainLabels());
        assertEquals(RichText.Script.SUPER, t.labels().get(1).runs().get(1).script());
    }

    @Test
    void logTicksAreDecadesWithMinorTicksBetween() {
        TickSet t = Ticks.log(new Range(1e-3, 2e2), 10);
        assertArrayEquals(new double[] {1e-3, 1e-2, 1e-1, 1, 10, 100}, t.values(), 1e-15);
        assertEquals(List.of("10\u22123", "10\u22122", "10\u22121", "100", "101", "102"), t.plainLabels());
        assertEquals(5 * 8 + 1, t.minor().length, "2..9 in five full decades and 200");
    }

    @Test
    void manyDecadesAreThinned() {
        TickSet t = Ticks.log(new Range(1, 1e12), 5);
        assertArrayEquals(new double[] {1, 1e3, 1e6, 1e9, 1e12}, t.values(), 1e-3);
        assertEquals(8, t.minor().length, "the skipped decades become minor ticks");
    }

    @Test
    void narrowLogRangeFallsBackToNiceLinearValues() {
        assertArrayEquals(new double[] {2, 4, 6, 8}, Ticks.log(new Range(2, 8), 5).values(), 1e-12);
    }

    @Test
    void contourLevelsAreNiceAndInside() {
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7}, Ticks.contourLevels(new Range(0, 8), 7), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Ticks.log(new Range(-1, 10), 5));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Ticks.linear(new Range(0, 1), 1)).getMessage()
                .contains("at least 2"));
    }
}
