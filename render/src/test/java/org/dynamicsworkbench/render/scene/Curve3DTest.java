package org.dynamicsworkbench.render.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.render.TestTrajectories;
import org.junit.jupiter.api.Test;

class Curve3DTest {

    @Test
    void takesTheChosenComponentsAndTheirBounds() {
        Trajectory t = Trajectory.of(4, 0, 1, new double[] {1, 2, 3, 4, -5, 6, 7, 8});
        Curve3D c = Curve3D.of(t, 3, 0, 0);
        assertEquals(2, c.pointCount());
        assertArrayEquals(new float[] {4, 1, 1, 8, -5, -5}, c.xyz());
        assertEquals(new Bounds3D(4, 8, -5, 1, -5, 1), c.bounds());
        FloatBuffer buffer = FloatBuffer.allocate(6);
        c.writeXyz(buffer);
        assertArrayEquals(c.xyz(), buffer.array());
    }

    @Test
    void xyzIsACopy() {
        Curve3D c = Curve3D.of(TestTrajectories.points(0, 0, 0, 1, 1, 1), 0, 1, 2);
        c.xyz()[0] = 99;
        assertEquals(0f, c.xyz()[0]);
    }

    @Test
    void oneDimensionalMapsUseTheirDelayEmbedding() {
        Trajectory logistic = Trajectory.of(1, 0, 1, new double[] {0.1, 0.36, 0.9216, 0.289});
        Curve3D c = Curve3D.of(logistic, 0, 0, 0);
        assertEquals(3, c.pointCount());
        assertArrayEquals(new float[] {0.1f, 0.36f, 0, 0.36f, 0.9216f, 0, 0.9216f, 0.289f, 0}, c.xyz());
        assertArrayEquals(new float[] {0, 0.5f, 1}, c.colorValues(ColorBy.time()));
    }

    @Test
    void rejectsBadInput() {
        Trajectory t = TestTrajectories.points(0, 0, 0, 1, 1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Curve3D.of(t, 0, 1, 3));
        assertTrue(e.getMessage().contains("z component 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Curve3D.of(Trajectory.of(1, 0, 1, new double[] {1}), 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Curve3D.of(Trajectory.of(3, 0, 1, new double[0]), 0, 1, 2));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Curve3D.of(TestTrajectories.points(0, 0, 0, 1, Double.NaN, 1), 0, 1, 2));
        assertTrue(nan.getMessage().contains("state 1"), nan.getMessage());
        Curve3D c = Curve3D.of(t, 0, 1, 2);
        assertThrows(IllegalArgumentException.class, () -> c.colorValues(ColorBy.component(3)));
    }

    @Test
    void timeValuesRunFromZeroToOne() {
        Curve3D c = Curve3D.of(TestTrajectories.lorenz(2000, 0.01), 0, 1, 2);
        float[] v = c.colorValues(ColorBy.time());
        assertEquals(2001, v.length);
        assertEquals(0f, v[0]);
        assertEquals(1f, v[v.length - 1], 1e-6f);
        for (int i = 1; i < v.length; i++) {
            assertTrue(v[i] > v[i - 1], "time values increase at " + i);
        }
    }

    @Test
    void speedUsesEveryDimensionAndIsNormalised() {
        // steps of length 1, 3 (all in the hidden 4th component), 2; the last point repeats the last step
        Trajectory t = Trajectory.of(4, 0, 1, new double[] {0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 3, 1, 2, 0, 3});
        Curve3D c = Curve3D.of(t, 0, 1, 2);
        assertArrayEquals(new float[] {0, 1, 0.5f, 0.5f}, c.colorValues(ColorBy.speed()), 1e-6f);
        float[] lorenz = Curve3D.of(TestTrajectories.lorenz(5000, 0.01), 0, 1, 2).colorValues(ColorBy.speed());
        assertInUnitIntervalReachingBothEnds(lorenz);
    }

    @Test
    void componentValuesAreNormalisedSourceComponents() {
        Trajectory t = Trajectory.of(4, 0, 1, new double[] {0, 0, 0, 10, 1, 0, 0, 30, 1, 0, 0, 20});
        Curve3D c = Curve3D.of(t, 0, 1, 2);
        assertArrayEquals(new float[] {0, 1, 0.5f}, c.colorValues(ColorBy.component(3)), 1e-6f);
        assertArrayEquals(new float[] {0, 0, 0}, c.colorValues(ColorBy.component(1)), "a constant maps to 0");
        float[] z = Curve3D.of(TestTrajectories.lorenz(5000, 0.01), 0, 1, 2).colorValues(ColorBy.component(2));
        assertInUnitIntervalReachingBothEnds(z);
    }

    private static void assertInUnitIntervalReachingBothEnds(float[] v) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float x : v) {
            assertTrue(x >= 0 && x <= 1, "value " + x + " outside [0, 1]");
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        assertEquals(0f, min);
        assertEquals(1f, max, 1e-6f);
    }

    @Test
    void boundsRejectInvertedOrNonFiniteBoxes() {
        assertThrows(IllegalArgumentException.class, () -> new Bounds3D(1, 0, 0, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bounds3D(0, Double.NaN, 0, 1, 0, 1));
        Bounds3D b = new Bounds3D(-1, 3, 0, 2, 5, 5);
        assertEquals(1, b.centerX());
        assertEquals(4, b.maxExtent());
        assertEquals(Math.sqrt(20), b.diagonal(), 1e-12);
        assertEquals(0, b.extentZ());
    }
}
