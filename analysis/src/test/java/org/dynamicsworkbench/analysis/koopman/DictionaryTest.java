package org.dynamicsworkbench.analysis.koopman;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DictionaryTest {

    @Test
    void monomialsAreGradedWithTheFirstCoordinateLeading() {
        MonomialDictionary deg3 = MonomialDictionary.upToDegree(2, 3);
        String[] names = {"1", "x0", "x1", "x0^2", "x0 x1", "x1^2", "x0^3", "x0^2 x1", "x0 x1^2", "x1^3"};
        for (int j = 0; j < names.length; j++) {
            assertEquals(names[j], deg3.name(j));
        }
        assertEquals(20, MonomialDictionary.upToDegree(3, 3).size());
        double[] out = new double[10];
        MonomialDictionary.upToDegree(new double[] {1, 0}, 3).evaluate(new double[] {3, 2}, 0, out, 0);
        assertArrayEquals(new double[] {1, 2, 2, 4, 4, 4, 8, 8, 8, 8}, out, 0.0);
    }

    @Test
    void unionsAndCompositionsEvaluateTheirParts() {
        Dictionary union = MonomialDictionary.linear(2).and(MonomialDictionary.upToDegree(2, 1));
        double[] out = new double[union.size()];
        union.evaluate(new double[] {9, 2, 3}, 1, out, 0);
        assertArrayEquals(new double[] {2, 3, 1, 2, 3}, out, 0.0);
        Dictionary composed = MonomialDictionary.upToDegree(2, 2).after(MonomialDictionary.linear(2));
        double[] squares = new double[composed.size()];
        composed.evaluate(new double[] {2, 3}, 0, squares, 0);
        assertArrayEquals(new double[] {1, 2, 3, 4, 6, 9}, squares, 0.0);
        assertThrows(IllegalArgumentException.class,
                () -> MonomialDictionary.linear(2).and(MonomialDictionary.linear(3)));
    }

    @Test
    void radialBasisCentresComeFromTheDataClusters() {
        // Two tight clusters around (-1, 0) and (1, 0): k-means with two centres finds both.
        double[] x = new double[400];
        for (int i = 0; i < 200; i++) {
            x[2 * i] = (i % 2 == 0 ? -1 : 1) + 0.01 * Math.sin(i);
            x[2 * i + 1] = 0.01 * Math.cos(i);
        }
        SnapshotPairs pairs = new SnapshotPairs(2, x, x);
        RadialBasisDictionary rbf = RadialBasisDictionary.fromData(pairs, 2, RadialBasisDictionary.Shape.GAUSSIAN, 3);
        double[] c = rbf.centres();
        assertEquals(2.0, Math.abs(c[0] - c[2]), 0.05);
        assertEquals(1.0, rbf.bandwidth(), 0.02);
        double[] out = new double[2];
        rbf.evaluate(new double[] {c[0], c[1]}, 0, out, 0);
        assertEquals(1.0, out[0], 1e-15);
        assertTrue(out[1] < 0.05);
        assertThrows(IllegalArgumentException.class,
                () -> RadialBasisDictionary.fromData(pairs, 201, RadialBasisDictionary.Shape.GAUSSIAN, 3));
    }

    @Test
    void delayEmbeddingStacksConsecutiveStates() {
        double[] states = {0, 10, 1, 11, 2, 12, 3, 13};
        SnapshotPairs pairs = DelayEmbedding.pairs(2, states, 2);
        assertEquals(2, pairs.size());
        assertArrayEquals(new double[] {0, 10, 1, 11, 1, 11, 2, 12}, pairs.x(), 0.0);
        assertArrayEquals(new double[] {1, 11, 2, 12, 2, 12, 3, 13}, pairs.y(), 0.0);
        assertEquals(5, DelayEmbedding.dictionary(pairs).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DelayEmbedding.pairs(2, states, 4));
        assertTrue(e.getMessage().contains("delay:4"), e.getMessage());
    }

    @Test
    void snapshotsRejectNonFiniteValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SnapshotPairs(1, new double[] {1, Double.NaN}, new double[] {1, 2}));
        assertTrue(e.getMessage().contains("snapshot 1"), e.getMessage());
    }
}
