package org.dynamicsworkbench.analysis.alrnn.regions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.alrnn.AlRnnShape;
import org.dynamicsworkbench.analysis.alrnn.TinyModel;
import org.junit.jupiter.api.Test;

/** The specification's M=3, P=1 oracle and an analytic 1-D 2-cycle. */
class FixedPointsTest {

    @Test
    void tinyModelHasAVirtualAndARealFixedPoint() {
        List<FixedPoint> fps = FixedPoints.ofAllRegions(TinyModel.model());
        assertEquals(2, fps.size());
        FixedPoint f0 = fps.get(0);
        assertEquals(0, f0.region());
        assertArrayEquals(new double[] {0.0434782609, -0.3913043478, 0.7826086957}, f0.point(), 1e-9);
        assertFalse(f0.real(), "region 0's fixed point has unit 3 positive: virtual");
        FixedPoint f1 = fps.get(1);
        assertEquals("1", f1.pattern());
        assertArrayEquals(new double[] {-0.1428571429, 0.0612244898, 0.612244898}, f1.point(), 1e-9);
        assertTrue(f1.real());
        double[] re = f1.eigenvalues().real();
        double[] im = f1.eigenvalues().imaginary();
        assertEquals(0.6723420729, re[0], 1e-9);
        assertEquals(0.4638289635, re[1], 1e-9);
        assertEquals(0.4638289635, re[2], 1e-9);
        assertEquals(0.4014464334, Math.abs(im[1]), 1e-9);
        assertEquals(-im[1], im[2], 1e-12);
        assertTrue(f1.eigenvalues().isStable());
    }

    @Test
    void tinyModelHasNoTwoCycleAndTheSelfConsistentCandidateIsTheFixedPoint() {
        Cycles cycles = new Cycles(TinyModel.model());
        int[][] sequences = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        for (int[] seq : sequences) {
            CycleCandidate c = cycles.candidate(seq);
            assertNotNull(c.points());
            boolean expected = seq[0] == 1 && seq[1] == 1;
            assertEquals(expected, c.consistent(), java.util.Arrays.toString(seq));
        }
        double[] p = cycles.candidate(new int[] {1, 1}).points();
        assertArrayEquals(new double[] {-0.1428571429, 0.0612244898, 0.612244898}, java.util.Arrays.copyOf(p, 3), 1e-9);
        assertArrayEquals(java.util.Arrays.copyOf(p, 3), java.util.Arrays.copyOfRange(p, 3, 6), 1e-12,
                "the (1,1) orbit is the fixed point");
        assertTrue(cycles.find(2, 1 << 16, 10, 20, 1).isEmpty(), "rejected as lower order");
    }

    /** z' = 0.5 z - 3.5 relu(z) + 1: region 0 slope 0.5, region 1 slope -3; the 2-cycle (-0.8, 0.6). */
    private static AlRnn oneDimensional() {
        return AlRnn.of(new AlRnnShape(1, 1, 1), new double[] {0.5}, new double[] {-3.5}, new double[] {1},
                new double[0]);
    }

    @Test
    void exhaustiveSearchFindsTheAnalyticTwoCycle() {
        List<Cycle> found = new Cycles(oneDimensional()).find(2, 1 << 16, 10, 20, 1);
        assertEquals(1, found.size(), "one 2-cycle, no shifted or repeated copy");
        Cycle c = found.get(0);
        assertArrayEquals(new int[] {0, 1}, c.regions());
        assertArrayEquals(new double[] {-0.8, 0.6}, c.points(), 1e-12);
        assertEquals(-1.5, c.eigenvalues().real()[0], 1e-12);
        assertFalse(c.eigenvalues().isStable());
    }

    @Test
    void everyHigherOrderCycleFoundIsAGenuineOrbitOfItsRegions() {
        AlRnn model = oneDimensional();
        List<Cycle> found = new Cycles(model).find(5, 1 << 16, 10, 20, 1);
        assertTrue(found.size() > 1, "the expanding map has cycles beyond order 2");
        double[] next = new double[1];
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (Cycle c : found) {
            assertTrue(Cycles.isPrimitive(c.regions()));
            assertTrue(distinct.add(java.util.Arrays.toString(c.regions())));
            for (int i = 0; i < c.order(); i++) {
                assertEquals(c.regions()[i], model.region(c.point(i), 0));
                model.step(c.point(i), next);
                assertEquals(c.point((i + 1) % c.order())[0], next[0], 1e-9);
            }
        }
    }

    @Test
    void iterativeSearchFindsTheSameCycle() {
        List<Cycle> found = new Cycles(oneDimensional()).find(2, 0, 10, 20, 5);
        assertEquals(1, found.size());
        assertArrayEquals(new double[] {-0.8, 0.6}, found.get(0).points(), 1e-12);
    }

    @Test
    void fixedPointsOfTheOneDimensionalMap() {
        List<FixedPoint> fps = FixedPoints.ofAllRegions(oneDimensional());
        assertEquals(2.0, fps.get(0).point()[0], 1e-12);
        assertFalse(fps.get(0).real());
        assertEquals(0.25, fps.get(1).point()[0], 1e-12);
        assertTrue(fps.get(1).real());
        assertEquals(3.0, fps.get(1).eigenvalues().spectralRadius(), 1e-12);
    }

    @Test
    void primitiveAndCanonicalSequences() {
        assertFalse(Cycles.isPrimitive(new int[] {1, 2, 1, 2}));
        assertTrue(Cycles.isPrimitive(new int[] {1, 1, 2}));
        assertArrayEquals(new int[] {0, 2, 1}, Cycles.canonical(new int[] {2, 1, 0}));
    }
}
