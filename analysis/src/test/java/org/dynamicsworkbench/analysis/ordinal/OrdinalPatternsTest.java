package org.dynamicsworkbench.analysis.ordinal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrdinalPatternsTest {

    /** The slow definition: a stable argsort of each window, then its Lehmer code. */
    private static int[] referenceCounts(double[] x, int n, int tau) {
        OrdinalPatterns patterns = new OrdinalPatterns(n, tau);
        int[] counts = new int[patterns.patternCount()];
        for (int s = 0; s + (n - 1) * tau < x.length; s++) {
            double[] w = new double[n];
            Integer[] idx = new Integer[n];
            for (int j = 0; j < n; j++) {
                w[j] = x[s + j * tau];
                idx[j] = j;
            }
            Arrays.sort(idx, Comparator.comparingDouble((Integer j) -> w[j] == 0 ? 0.0 : w[j]));
            int[] argsort = new int[n];
            for (int j = 0; j < n; j++) {
                argsort[j] = idx[j];
            }
            counts[patterns.codeOf(argsort)]++;
        }
        return counts;
    }

    @Test
    void countsMatchAStableArgsortForEveryDimensionWithTies() {
        SplittableRandom random = new SplittableRandom(7);
        double[] x = new double[3000];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(4) - 1.5;  // few levels: many ties
        }
        x[10] = -0.0;
        x[11] = 0.0;
        for (int n = 3; n <= 8; n++) {
            for (int tau : new int[] {1, 3}) {
                int[] counts = new OrdinalPatterns(n, tau).count(x, "x").counts();
                assertArrayEquals(referenceCounts(x, n, tau), counts, "n=" + n + " tau=" + tau);
            }
        }
    }

    @Test
    void tiesBreakByIndexSoEarlierEqualValuesRankLower() {
        OrdinalPatterns patterns = new OrdinalPatterns(3, 1);
        PatternCounts counts = patterns.count(new double[] {2.0, 1.0, 2.0}, "x");
        int code = firstObserved(counts);
        assertArrayEquals(new int[] {1, 0, 2}, patterns.argsortPattern(code));
        PatternCounts zeros = patterns.count(new double[] {0.0, -0.0, 0.0}, "x");
        assertArrayEquals(new int[] {0, 1, 2}, patterns.argsortPattern(firstObserved(zeros)));
    }

    private static int firstObserved(PatternCounts counts) {
        for (int c = 0; c < counts.patternCount(); c++) {
            if (counts.count(c) > 0) {
                return c;
            }
        }
        throw new AssertionError("no pattern");
    }

    @Test
    void codesAndArgsortPatternsAreInverse() {
        for (int n = 3; n <= 8; n++) {
            OrdinalPatterns patterns = new OrdinalPatterns(n, 1);
            boolean[] seen = new boolean[patterns.patternCount()];
            for (int code = 0; code < patterns.patternCount(); code++) {
                int[] argsort = patterns.argsortPattern(code);
                assertEquals(code, patterns.codeOf(argsort));
                seen[code] = true;
            }
            int[] identity = new int[n];
            for (int i = 0; i < n; i++) {
                identity[i] = i;
            }
            assertEquals(0, patterns.codeOf(identity));
        }
    }

    @Test
    void constantAndMonotoneSeriesHaveZeroEntropyAndComplexity() {
        double[] constant = new double[500];
        Arrays.fill(constant, 3.25);
        double[] ramp = new double[500];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = i;
        }
        for (double[] x : new double[][] {constant, ramp}) {
            HcPoint point = new OrdinalPatterns(5, 2).count(x, "x").complexityEntropy();
            assertEquals(0.0, point.entropy(), 0.0);
            assertEquals(0.0, point.complexity(), 0.0);
        }
    }

    @Test
    void entropyChangesWithDimensionAndDelay() {
        double[] x = TestSeries.lorenzX(20_000);
        double h53 = new OrdinalPatterns(5, 3).count(x, "x").complexityEntropy().entropy();
        assertNotEquals(h53, new OrdinalPatterns(4, 3).count(x, "x").complexityEntropy().entropy());
        assertNotEquals(h53, new OrdinalPatterns(5, 4).count(x, "x").complexityEntropy().entropy());
    }

    @Test
    void badInputIsRejectedWithTheIndexAndTheNeededLength() {
        OrdinalPatterns patterns = new OrdinalPatterns(5, 3);
        double[] x = new double[100];
        x[42] = Double.NaN;
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> patterns.count(x, "data.csv:x"));
        assertTrue(nan.getMessage().contains("data.csv:x") && nan.getMessage().contains("index 42"), nan.getMessage());
        x[42] = Double.NEGATIVE_INFINITY;
        assertThrows(IllegalArgumentException.class, () -> patterns.count(x, "x"));
        IllegalArgumentException shortSeries = assertThrows(IllegalArgumentException.class,
                () -> patterns.count(new double[12], "s"));
        assertTrue(shortSeries.getMessage().contains("at least (n-1)*tau+1 = 13"), shortSeries.getMessage());
        assertEquals(1, patterns.count(new double[13], "s").windows());
        assertThrows(IllegalArgumentException.class, () -> new OrdinalPatterns(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new OrdinalPatterns(5, 0));
    }
}
