package org.dynamicsworkbench.analysis.lyapunov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KaplanYorkeTest {

    @Test
    void lorenzReferenceSpectrum() {
        assertEquals(2 + 0.9062 / 14.5728, KaplanYorke.dimension(new double[] {0.9072, -0.0010, -14.5728}), 1e-12);
    }

    @Test
    void allNegativeIsAFixedPointOfDimensionZero() {
        assertEquals(0.0, KaplanYorke.dimension(new double[] {-0.5, -1, -3}));
    }

    @Test
    void aSumThatNeverCrossesZeroGivesTheFullDimension() {
        assertEquals(3.0, KaplanYorke.dimension(new double[] {1, 0.5, -0.2}));
        assertEquals(2.0, KaplanYorke.dimension(new double[] {0, 0}));
    }

    @Test
    void limitCycleAndPartialCrossing() {
        assertEquals(1.0, KaplanYorke.dimension(new double[] {0, -1, -2}));
        assertEquals(1.25, KaplanYorke.dimension(new double[] {0.5, -2}));
        assertEquals(1.0, KaplanYorke.dimension(new double[] {-0.0, -1}), "a negative zero still counts as zero");
    }

    @Test
    void rejectsEmptyUnsortedOrNonFiniteSpectra() {
        assertThrows(IllegalArgumentException.class, () -> KaplanYorke.dimension(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> KaplanYorke.dimension(new double[] {-1, 1}));
        assertThrows(IllegalArgumentException.class, () -> KaplanYorke.dimension(new double[] {Double.NaN, -1}));
    }
}
