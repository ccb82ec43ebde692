package org.dynamicsworkbench.analysis.learning.concepts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.junit.jupiter.api.Test;

class ConceptAnalysisTest {

    @Test
    void smoothingMatchesScipyGaussianFilter1d() {
        // scipy.ndimage.gaussian_filter1d([1, 2, 3, 4, 5], sigma) with the default truncate 4 (SciPy's docstring)
        double[] x = {1, 2, 3, 4, 5};
        assertArrayEquals(new double[] {1.42704095, 2.06782203, 3., 3.93217797, 4.57295905},
                GaussianSmoothing.filter(x, 1, 4), 1e-8);
        assertArrayEquals(new double[] {2.91948343, 2.95023502, 3., 3.04976498, 3.08051657},
                GaussianSmoothing.filter(x, 4, 4), 1e-8);
    }

    @Test
    void smoothingByHandWithReflection() {
        // sigma 0.5, truncate 2: radius 1, kernel (e^-2, 1, e^-2) / (1 + 2 e^-2); reflect: x[-1] = x[0], x[n] = x[n-1]
        double w = Math.exp(-2);
        double norm = 1 + 2 * w;
        double[] x = {0, 0, 1, 0};
        double[] expected = {0, w / norm, 1 / norm, (w * 1 + 0 + w * 0) / norm};
        assertArrayEquals(expected, GaussianSmoothing.filter(x, 0.5, 2), 1e-15);
        assertEquals(1, GaussianSmoothing.reflect(-2, 4));
        assertEquals(3, GaussianSmoothing.reflect(4, 4));
        assertEquals(0, GaussianSmoothing.reflect(8, 4));
        // the spec's sigma 2, truncate 6 (radius 12) on a constant sequence shorter than the kernel stays constant
        double[] c = GaussianSmoothing.filter(new double[] {0.7, 0.7, 0.7}, 2, 6);
        assertArrayEquals(new double[] {0.7, 0.7, 0.7}, c, 1e-15);
    }

    @Test
    void gradientMatchesNumpyOnUnevenSteps() {
        // numpy.gradient(f, t) with f = t^2 is exact (2t) inside for uneven spacing
        long[] t = {0, 1, 3, 7};
        double[] f = {0, 1, 9, 49};
        double[] g = ConceptTrajectory.gradient(f, t);
        assertArrayEquals(new double[] {1, 2, 6, 10}, g, 1e-12);
    }

    @Test
    void learningTimeNeedsThreeConsecutiveCheckpoints() {
        ConceptTrajectory t = new ConceptTrajectory(new long[] {0, 10, 20, 30, 40, 50, 60},
                new double[] {0.1, 0.95, 0.5, 0.92, 0.95, 0.99, 1.0}, new double[] {0, 0.95, 0.95, 0.5, 0.2, 0.1, 0});
        assertEquals(30, t.learningTime(1));
        assertEquals(-1, t.learningTime(2));
    }

    @Test
    void turnStepIsTheSharpestBend() {
        // along concept 1 to (1, 0), a 90 degree turn at step 30, then a gentle bend at step 50
        ConceptTrajectory t = new ConceptTrajectory(new long[] {0, 10, 20, 30, 40, 50, 60},
                new double[] {0, 0.3, 0.6, 1.0, 1.0, 1.0, 0.95}, new double[] {0, 0, 0, 0, 0.4, 0.8, 1.0});
        assertEquals(30, t.turnStep(ConceptTrajectory.MIN_SEGMENT));
        assertEquals(Math.PI / 2, t.turningAngles(0.01)[3], 1e-12);
        // jitter below the minimum segment length is ignored
        ConceptTrajectory still = new ConceptTrajectory(new long[] {0, 1, 2}, new double[] {1, 1.001, 1},
                new double[] {1, 1, 1});
        assertEquals(-1, still.turnStep(ConceptTrajectory.MIN_SEGMENT));
        double[] speed = t.speed();
        assertEquals(0.03, speed[0], 1e-12);
    }

    @Test
    void seedAverageGivesMeanAndSampleSpread() {
        RunHistory a = new RunHistory.Builder().add(50, "concept_3_1", 0.2).add(100, "concept_3_1", 0.6)
                .add(50, "concept_3_2", 0.1).add(100, "concept_3_2", 0.3).build();
        RunHistory b = new RunHistory.Builder().add(50, "concept_3_1", 0.4).add(100, "concept_3_1", 1.0)
                .add(150, "concept_3_1", 1.0).add(50, "concept_3_2", 0.3).add(100, "concept_3_2", 0.5).build();
        SeedAverage avg = SeedAverage.of(List.of(a, b), "concept_3_1");
        assertArrayEquals(new long[] {50, 100}, avg.steps());
        assertArrayEquals(new double[] {0.3, 0.8}, avg.mean(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(0.02), Math.sqrt(0.08)}, avg.std(), 1e-12);
        assertEquals(2, avg.runs());
        ConceptTrajectory t = SeedAverage.trajectory(List.of(a, b), "concept_3");
        assertArrayEquals(new double[] {0.2, 0.4}, t.concept2(), 1e-12);
    }

    @Test
    void summaryOfAHandMadeHistory() {
        RunHistory.Builder b = new RunHistory.Builder();
        double[] c1 = {0.5, 0.95, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        double[] c2 = {0.5, 0.5, 0.4, 0.4, 0.5, 0.7, 0.9, 1, 1, 1, 1, 1};
        for (int i = 0; i < c1.length; i++) {
            b.add(i * 50L, "concept_3_1", c1[i]).add(i * 50L, "concept_3_2", c2[i]);
            b.add(i * 50L, "overprompt_3_1", 1).add(i * 50L, "overprompt_3_2", Math.min(1, c2[i] + 0.2));
        }
        ObjectNode s = new ConceptSpaceKind().summarize(ConceptConfig.defaults(), b.build());
        long t1 = s.get("learning_time_1").asLong();
        long t2 = s.get("learning_time_2").asLong();
        assertTrue(t1 < t2, s.toString());
        assertEquals(50, s.get("overprompt_step").asLong());
        assertEquals(0.2, s.get("overprompt_advantage_2").doubleValue(), 1e-12);
        assertEquals(1.0, s.get("final_2").doubleValue());
        assertTrue(s.get("turn_step").asLong() > 0, s.toString());
        assertTrue(new ConceptSpaceKind().summarize(ConceptConfig.defaults(), RunHistory.empty())
                .get("learning_time_1").isNull());
    }
}
