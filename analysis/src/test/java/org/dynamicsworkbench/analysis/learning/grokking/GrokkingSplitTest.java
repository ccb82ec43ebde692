package org.dynamicsworkbench.analysis.learning.grokking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.dynamicsworkbench.analysis.learning.SeededRandom;
import org.junit.jupiter.api.Test;

class GrokkingSplitTest {

    @Test
    void splitIsDeterministicDisjointAndComplete() {
        GrokkingSplit a = GrokkingSplit.shuffle(31, 384, new SeededRandom(5));
        GrokkingSplit b = GrokkingSplit.shuffle(31, 384, new SeededRandom(5));
        assertArrayEquals(a.trainPairs(), b.trainPairs());
        assertArrayEquals(a.testPairs(), b.testPairs());
        assertEquals(384, a.trainSize());
        assertEquals(961 - 384, a.testSize());
        boolean[] seen = new boolean[961];
        for (int pair : a.trainPairs()) {
            assertFalse(seen[pair]);
            seen[pair] = true;
            assertTrue(a.isTrain(pair));
        }
        for (int pair : a.testPairs()) {
            assertFalse(seen[pair], "pair " + pair + " is both train and test");
            seen[pair] = true;
            assertFalse(a.isTrain(pair));
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
        GrokkingSplit other = GrokkingSplit.shuffle(31, 384, new SeededRandom(6));
        assertFalse(Arrays.equals(a.trainPairs(), other.trainPairs()));
    }

    @Test
    void labelsAreTheSumModP() {
        GrokkingSplit s = GrokkingSplit.shuffle(7, 20, new SeededRandom(1));
        assertEquals((3 + 6) % 7, s.label(3 * 7 + 6));
        assertEquals(0, s.label(0));
        int[] pairs = {3 * 7 + 6, 5};
        assertArrayEquals(new int[] {3, 0}, s.firstTokens(pairs));
        assertArrayEquals(new int[] {6, 5}, s.secondTokens(pairs));
        assertArrayEquals(new int[] {2, 5}, s.labels(pairs));
    }
}
