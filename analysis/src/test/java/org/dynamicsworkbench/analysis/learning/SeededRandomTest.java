package org.dynamicsworkbench.analysis.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SeededRandomTest {

    @Test
    void restoredStateContinuesTheSameSequenceIncludingTheSpareGaussian() {
        SeededRandom a = new SeededRandom(42);
        for (int i = 0; i < 7; i++) {
            a.nextLong();
        }
        a.nextGaussian(); // leaves a spare deviate in the state
        SeededRandom b = SeededRandom.fromState(a.state());
        for (int i = 0; i < 100; i++) {
            assertEquals(a.nextGaussian(), b.nextGaussian());
            assertEquals(a.nextInt(97), b.nextInt(97));
            assertEquals(a.nextDouble(), b.nextDouble());
        }
    }

    @Test
    void seedsGiveDifferentStreamsAndTheSameSeedTheSameStream() {
        assertEquals(new SeededRandom(1).nextLong(), new SeededRandom(1).nextLong());
        assertNotEquals(new SeededRandom(1).nextLong(), new SeededRandom(2).nextLong());
    }

    @Test
    void uniformIntegersAndGaussiansHaveTheRightMoments() {
        SeededRandom r = new SeededRandom(7);
        int[] counts = new int[10];
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            counts[r.nextInt(10)]++;
            double g = r.nextGaussian();
            sum += g;
            sumSq += g * g;
        }
        for (int c : counts) {
            assertEquals(n / 10.0, c, 5 * Math.sqrt(n * 0.1 * 0.9)); // 5 sigma
        }
        assertEquals(0, sum / n, 0.01);
        assertEquals(1, sumSq / n, 0.01);
        double u = 0;
        for (int i = 0; i < n; i++) {
            u += r.nextDouble();
        }
        assertEquals(0.5, u / n, 0.003);
    }

    @Test
    void shuffleIsAPermutationAndBadStatesAreRefused() {
        int[] v = {0, 1, 2, 3, 4, 5, 6, 7};
        new SeededRandom(3).shuffle(v);
        int[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, sorted);
        assertThrows(IllegalArgumentException.class, () -> SeededRandom.fromState(new long[] {0, 0, 0, 0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> SeededRandom.fromState(new long[3]));
        assertThrows(IllegalArgumentException.class, () -> new SeededRandom(1).nextInt(0));
    }
}
