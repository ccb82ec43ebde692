package org.dynamicsworkbench.analysis.learning.lazyrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.DivergedException;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.Tensor;
import org.junit.jupiter.api.Test;

class LazyRichExperimentTest {
    private static final LazyRichConfig SMALL = LazyRichConfig.defaults().withSizes(10, 40, 50, 12, 20);

    private static Map<String, Double> cheap(Experiment e) {
        Map<String, Double> m = new LinkedHashMap<>();
        e.cheapScalars(m::put);
        return m;
    }

    private static Map<String, Double> full(Experiment e) {
        Map<String, Double> m = new LinkedHashMap<>();
        e.fullScalars(m::put);
        return m;
    }

    @Test
    void cpuCheapVariantFitsTheTrainingSetWhileTheTestLossRisesAndStaysHigh() {
        // The spec's CPU-cheap variant (D=50, P=300, N=200, eps=0.25, alpha=4, eta=10 N/alpha^2). Its numpy run:
        // test 0.566 -> 0.600 at steps 207-267, train halves at ~350-440, test still at 0.586 at step 443. Our
        // seed-0 draw (a different random source, a teacher with a larger |beta|) peaks at step 170 (+10 %) and
        // halves the train loss at step 250. The size of the rise depends on the draw (3 of 8 seeds rise above
        // the initial value within 700 steps); its cause, the kernel fit growing the linear part t3, does not.
        LazyRichExperiment e = LazyRichExperiment.create(LazyRichConfig.defaults());
        double train0 = e.trainLoss();
        double test0 = e.testLoss();
        double t30 = e.decomposition()[2];
        double peak = test0;
        long peakStep = 0;
        long trainHalf = -1;
        double t3At200 = Double.NaN;
        for (int s = 1; s <= 450; s++) {
            e.advance();
            if (s % 10 == 0) {
                double train = e.trainLoss();
                double test = e.testLoss();
                if (test > peak) {
                    peak = test;
                    peakStep = s;
                }
                if (trainHalf < 0 && train <= train0 / 2) {
                    trainHalf = s;
                }
            }
            if (s == 200) {
                t3At200 = e.decomposition()[2];
            }
        }
        assertTrue(peak > 1.05 * test0, "test loss rises: peak " + peak + " vs initial " + test0);
        assertTrue(peakStep >= 100 && peakStep <= 300, "the rise peaks at step " + peakStep);
        assertTrue(trainHalf >= 150 && trainHalf <= 450, "train loss halves at step " + trainHalf);
        assertTrue(e.testLoss() > 0.8 * test0, "no generalisation yet at step 450: " + e.testLoss() + " vs " + test0);
        assertTrue(t3At200 > 2 * t30, "the linear part grows: t3 " + t30 + " -> " + t3At200);
    }

    @Test
    void alphaOneOvershootsOnlyBrieflyAndLearnsWithoutDelay() {
        // alpha = 1 with the same rule (eta = 10 N = 2000). The test loss also overshoots at first (the same linear
        // fit), but for a few steps only: this draw peaks at step 4 (+9 %), is back below its initial value at
        // step 9 and halves at step 23. At alpha = 4 the rise lasts ~170 steps and the test loss has not halved
        // after 450: the lazy phase lengthens roughly like alpha^2 (the function-space rate falls like 1/alpha^2).
        LazyRichExperiment e = LazyRichExperiment.create(LazyRichConfig.defaults().withAlpha(1));
        double train0 = e.trainLoss();
        double test0 = e.testLoss();
        long testHalf = -1;
        long peakStep = 0;
        double peak = test0;
        for (int s = 1; s <= 40; s++) {
            e.advance();
            double test = e.testLoss();
            if (test > peak) {
                peak = test;
                peakStep = s;
            }
            if (s >= 10) {
                assertTrue(test < test0, "step " + s + ": test loss " + test + " still above its initial " + test0);
            }
            if (testHalf < 0 && test <= test0 / 2) {
                testHalf = s;
            }
        }
        assertTrue(peakStep <= 8, "the overshoot peaks at step " + peakStep);
        assertTrue(testHalf > 0 && testHalf <= 40, "test loss halves at step " + testHalf);
        assertTrue(e.trainLoss() < train0 / 10, "train loss " + e.trainLoss() + " vs initial " + train0);
    }

    @Test
    void restoredRunContinuesBitForBit() {
        LazyRichKind kind = new LazyRichKind();
        // SMALL trains neuron by neuron, the D = 5 one through (w-bar, M); both with either loss
        LazyRichConfig statistics = LazyRichConfig.defaults().withSizes(5, 40, 50, 12, 20);
        for (LazyRichConfig config : List.of(SMALL, SMALL.withCentredLoss(true), statistics,
                statistics.withCentredLoss(true))) {
            Experiment original = kind.create(config);
            Checkpoint saved = null;
            List<Map<String, Double>> expected = new ArrayList<>();
            for (int s = 0; s < 40; s++) {
                if (s == 20) {
                    saved = original.checkpoint();
                }
                if (s >= 20) {
                    expected.add(cheap(original));
                    expected.add(full(original));
                }
                original.advance();
            }
            Checkpoint last = original.checkpoint();
            Experiment resumed = kind.restore(kind.parseConfig(config.toJson()), saved);
            assertEquals(20, resumed.step());
            List<Map<String, Double>> actual = new ArrayList<>();
            for (int s = 20; s < 40; s++) {
                actual.add(cheap(resumed));
                actual.add(full(resumed));
                resumed.advance();
            }
            assertEquals(expected, actual, "scalars after restore, centred=" + config.centredLoss());
            Checkpoint resumedLast = resumed.checkpoint();
            assertEquals(last.tensors(), resumedLast.tensors());
            assertArrayEquals(last.integers("rng"), resumedLast.integers("rng"));
        }
    }

    @Test
    void checkpointHoldsWeightsAndTheViewsOfM() {
        LazyRichExperiment e = LazyRichExperiment.create(SMALL);
        for (int s = 0; s < 5; s++) {
            e.advance();
        }
        Checkpoint c = e.checkpoint();
        assertEquals(5, c.step());
        Tensor w = c.tensor("W");
        assertEquals(SMALL.width(), w.rows());
        assertEquals(SMALL.dim(), w.columns());
        assertArrayEquals(e.weights(), w.data());
        Tensor m = c.tensor("m_matrix");
        Tensor eigenvalues = c.tensor("m_eigenvalues");
        assertEquals(SMALL.dim(), m.rows());
        assertEquals(SMALL.dim(), eigenvalues.size());
        assertEquals(SMALL.dim(), c.tensor("w_bar").size());
        // tr(M) = ||W||_F^2 / N = sum of the eigenvalues; M is symmetric and positive semi-definite
        double normSquared = 0;
        for (double v : e.weights()) {
            normSquared += v * v;
        }
        double trace = 0;
        double eigenSum = 0;
        for (int k = 0; k < SMALL.dim(); k++) {
            trace += m.get(k, k);
            eigenSum += eigenvalues.get(k, 0);
            for (int l = 0; l < SMALL.dim(); l++) {
                assertEquals(m.get(k, l), m.get(l, k), 1e-15 * Math.abs(m.get(k, k) + m.get(l, l)));
            }
            if (k > 0) {
                assertTrue(eigenvalues.get(k, 0) <= eigenvalues.get(k - 1, 0), "descending");
            }
        }
        assertEquals(normSquared / SMALL.width(), trace, 1e-10);
        assertEquals(trace, eigenSum, 1e-10);
        assertTrue(eigenvalues.get(SMALL.dim() - 1, 0) > -1e-12);

        LazyRichConfig wide = LazyRichConfig.defaults().withSizes(LazyRichExperiment.MAX_DIM_FOR_MATRIX + 1, 3, 3, 2, 2);
        Checkpoint large = LazyRichExperiment.create(wide).checkpoint();
        assertFalse(large.tensors().containsKey("m_matrix"), "no D x D matrix above D = 128");
        assertEquals(wide.dim(), large.tensor("m_eigenvalues").size());
    }

    @Test
    void fullScalarsAtInitialisation() {
        Map<String, Double> s = full(LazyRichExperiment.create(SMALL));
        assertEquals(List.of("t1", "t2", "t3", "decomposition_sum", "m_alignment", "ntk_alignment",
                "ntk_relative_alignment", "ntk_drift"), new ArrayList<>(s.keySet()));
        assertEquals(s.get("t1") + s.get("t2") + s.get("t3"), s.get("decomposition_sum"), 1e-15);
        assertEquals(1.0, s.get("ntk_relative_alignment"), 1e-12);
        assertEquals(0.0, s.get("ntk_drift"), 0.0);
        Map<String, Double> c = cheap(LazyRichExperiment.create(SMALL));
        assertEquals(List.of("train_loss", "test_loss", "rel_change_W"), new ArrayList<>(c.keySet()));
        assertEquals(0.0, c.get("rel_change_W"), 0.0);
    }

    @Test
    void aHugeLearningRateDivergesWithANamedStep() {
        LazyRichConfig config = new LazyRichConfig(10, 40, 50, 12, 0.25, 1, 1e7, false, 20, 0);
        Experiment e = LazyRichExperiment.create(config);
        DivergedException thrown = assertThrows(DivergedException.class, () -> {
            for (int s = 0; s < 200; s++) {
                e.advance();
            }
        });
        assertTrue(thrown.step() >= 1 && thrown.step() < 200, thrown.getMessage());
    }

    @Test
    void restoreRefusesAWrongShape() {
        Checkpoint c = new Checkpoint(3, Map.of("W", new Tensor(2, 2, new double[4])),
                Map.of("rng", new long[] {1, 2, 3, 4, 0, 0}));
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> LazyRichExperiment.restore(SMALL, c));
        assertTrue(thrown.getMessage().contains("'W' must be 12 x 10"), thrown.getMessage());
        Checkpoint noRng = new Checkpoint(3, Map.of("W", new Tensor(12, 10, new double[120])), Map.of());
        assertThrows(IllegalArgumentException.class, () -> LazyRichExperiment.restore(SMALL, noRng));
    }
}
