package org.dynamicsworkbench.example.recurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.junit.jupiter.api.Test;

/** Recurrence rate and determinism against values counted by hand. */
class RecurrenceQuantificationTest {
    private static RecurrenceQuantification of(double eps, double... series) {
        return RecurrenceQuantification.of(series, 1, eps, ProgressListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void aConstantSeriesRecursEverywhere() {
        RecurrenceQuantification q = of(0.1, 0, 0, 0, 0);
        assertEquals(1.0, q.recurrenceRate());
        // upper triangle: offsets 1, 2, 3 hold lines of 3, 2 and 1 points; the corner point is a line of length 1
        assertEquals(5.0 / 6, q.determinism(), 1e-15);
    }

    @Test
    void anAlternatingSeriesRecursAtEvenOffsetsOnLinesOfLengthTwo() {
        // pairs (0,2) and (1,3) and their mirrors: 4 of 12 off-diagonal entries, all on one line of length 2
        RecurrenceQuantification q = of(0.5, 0, 1, 0, 1);
        assertEquals(4.0 / 12, q.recurrenceRate(), 1e-15);
        assertEquals(1.0, q.determinism());
        assertTrue(q.recurs(0, 2) && q.recurs(3, 1));
        assertFalse(q.recurs(0, 1));
    }

    @Test
    void anIsolatedRecurrenceIsNotDeterministic() {
        RecurrenceQuantification q = of(0.5, 0, 1, 2, 0);
        assertEquals(2.0 / 12, q.recurrenceRate(), 1e-15);
        assertEquals(0.0, q.determinism());
    }

    @Test
    void noRecurrenceLeavesDeterminismUndefined() {
        RecurrenceQuantification q = of(0.5, 0, 1, 2, 3);
        assertEquals(0.0, q.recurrenceRate());
        assertTrue(Double.isNaN(q.determinism()));
    }

    @Test
    void aPeriodicOrbitRecursOnlyAtMultiplesOfItsPeriod() {
        int period = 50;
        int n = 200;
        double[] circle = new double[2 * n];
        for (int i = 0; i < n; i++) {
            circle[2 * i] = Math.cos(2 * Math.PI * i / period);
            circle[2 * i + 1] = Math.sin(2 * Math.PI * i / period);
        }
        RecurrenceQuantification q = RecurrenceQuantification.of(circle, 2, 0.01, ProgressListener.NONE, CancellationToken.NEVER);
        // offsets 50, 100, 150 hold 150 + 100 + 50 pairs each side of the diagonal
        assertEquals(2.0 * (150 + 100 + 50) / (n * (n - 1.0)), q.recurrenceRate(), 1e-15);
        assertEquals(1.0, q.determinism());
    }

    @Test
    void cancellationStopsTheComputation() {
        assertThrows(CancelledException.class, () -> RecurrenceQuantification.of(new double[] {0, 1}, 1, 0.1,
                ProgressListener.NONE, () -> true));
    }
}
