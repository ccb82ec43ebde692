package org.dynamicsworkbench.plugins.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Snapping to the nearest checkpoint and the log-step slider mapping. */
class StepAxisTest {
    private final StepAxis axis = StepAxis.of(0, 10, 100, 1000);

    @Test
    void snapsToTheNearestStepWithTiesGoingEarlier() {
        assertEquals(0, axis.snap(-5));
        assertEquals(0, axis.snap(4));
        assertEquals(0, axis.snap(5));
        assertEquals(10, axis.snap(6));
        assertEquals(100, axis.snap(549));
        assertEquals(100, axis.snap(550));
        assertEquals(1000, axis.snap(551));
        assertEquals(1000, axis.snap(1e9));
        assertEquals(2, axis.nearestIndex(100));
    }

    @Test
    void logPositionIsLogOfOnePlusStepAndInvertsExactly() {
        double top = Math.log(1001);
        assertEquals(0, axis.logPosition(0));
        assertEquals(Math.log(11) / top, axis.logPosition(10), 1e-15);
        assertEquals(1, axis.logPosition(1000));
        assertEquals(1, axis.logPosition(5000));
        for (double s : new double[] {0, 3, 10, 99.5, 640, 1000}) {
            assertEquals(s, axis.stepAtLogPosition(axis.logPosition(s)), 1e-9 * (1 + s));
        }
        // the middle of the slider is sqrt(1001) - 1 = 30.6: nearer to 10 than 100 in log terms (ln 31.6 vs 11, 101)
        assertEquals(Math.sqrt(1001) - 1, axis.stepAtLogPosition(0.5), 1e-9);
        assertEquals(1, axis.indexAtLogPosition(0.5));
        assertEquals(2, axis.indexAtLogPosition(axis.logPosition(100) - 0.01));
    }

    @Test
    void axisStartingAboveZeroUsesItsFirstStepAsTheLeftEnd() {
        StepAxis late = StepAxis.of(25, 2500);
        assertEquals(0, late.logPosition(25));
        assertEquals(0.5, late.logPosition(Math.sqrt(26 * 2501.0) - 1), 1e-12);
        assertEquals(0, StepAxis.of(7).logPosition(7));
    }

    @Test
    void growsByInsertingSteps() {
        StepAxis grown = axis.with(50).with(2000);
        assertArrayEquals(new long[] {0, 10, 50, 100, 1000, 2000}, grown.steps());
        assertSame(axis, axis.with(100));
        assertEquals(4, axis.size());
    }

    @Test
    void refusesUnsortedOrNegativeStepsAndEmptyQueries() {
        IllegalArgumentException unsorted = assertThrows(IllegalArgumentException.class, () -> StepAxis.of(0, 5, 5));
        assertTrue(unsorted.getMessage().contains("steps[2] = 5 follows 5"), unsorted.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StepAxis.of(-1));
        IllegalStateException empty = assertThrows(IllegalStateException.class, () -> StepAxis.empty().snap(3));
        assertTrue(empty.getMessage().contains("no steps"), empty.getMessage());
    }
}
