package org.dynamicsworkbench.render.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynamicsworkbench.render.TestTrajectories;
import org.junit.jupiter.api.Test;

/** Explicit per-point colour values: {@link Curve3D#withValues} and {@link ColorBy#values()}. */
class Curve3DValuesTest {

    @Test
    void valuesAreNormalisedAndNanTakesTheLowestColour() {
        Curve3D c = Curve3D.of(TestTrajectories.points(0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3), 0, 1, 2);
        assertFalse(c.hasValues());
        Curve3D coloured = c.withValues(new double[] {-2, 2, 0, Double.NaN});
        assertTrue(coloured.hasValues());
        assertArrayEquals(new float[] {0, 1, 0.5f, 0}, coloured.colorValues(ColorBy.values()), 1e-6f);
        assertArrayEquals(c.xyz(), coloured.xyz(), "the points stay the same");
        assertEquals(c.bounds(), coloured.bounds());
    }

    @Test
    void badValuesAreRejectedWithTheReason() {
        Curve3D c = Curve3D.of(TestTrajectories.points(0, 0, 0, 1, 1, 1), 0, 1, 2);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.withValues(new double[] {1}))
                .getMessage().contains("one per point (2)"));
        assertThrows(IllegalArgumentException.class, () -> c.withValues(new double[] {Double.NaN, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> c.withValues(new double[] {0, Double.POSITIVE_INFINITY}));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.colorValues(ColorBy.values()))
                .getMessage().contains("carries no values"));
    }

    @Test
    void valuesIsAnIdButNotAUserSetting() {
        assertEquals("values", ColorBy.values().id());
        assertThrows(IllegalArgumentException.class, () -> ColorBy.fromId("values"));
    }
}
