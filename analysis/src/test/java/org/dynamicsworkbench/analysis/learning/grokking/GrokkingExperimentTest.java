package org.dynamicsworkbench.analysis.learning.grokking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.DivergedException;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.Tensor;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.junit.jupiter.api.Test;

class GrokkingExperimentTest {
    private final GrokkingKind kind = new GrokkingKind();
    private final GrokkingConfig small = GrokkingConfig.of(11, 24, 0.5, 1e-2, 1.0, 4)
            .withBackend(GrokkingConfig.Backend.JAVA).withKeyFrequencies(List.of(2, 5));

    @Test
    void restoreFromACheckpointContinuesBitForBit() {
        Experiment straight = kind.create(small);
        Experiment first = kind.create(small);
        for (int i = 0; i < 12; i++) {
            straight.advance();
            first.advance();
        }
        Checkpoint at12 = first.checkpoint();
        Experiment resumed = kind.restore(small, at12);
        assertEquals(12, resumed.step());
        for (int i = 0; i < 13; i++) {
            straight.advance();
            resumed.advance();
        }
        assertEquals(scalars(straight), scalars(resumed));
        Checkpoint a = straight.checkpoint();
        Checkpoint b = resumed.checkpoint();
        assertEquals(a.tensors(), b.tensors());
        assertArrayEquals(a.integers("adam_t"), b.integers("adam_t"));
        assertEquals(25, a.integers("adam_t")[0]);
    }

    @Test
    void scalarsAndCheckpointTensorsHaveTheContractNamesAndShapes() {
        Experiment e = kind.create(small);
        e.advance();
        Map<String, Double> s = scalars(e);
        assertEquals(List.of("train_loss", "test_loss", "train_acc", "test_acc", "weight_norm_sq", "rel_change",
                "rel_change_U", "rel_change_V", "rel_change_W", "ipr_mean_U", "ipr_mean_V", "ipr_mean_W",
                "periodic_fraction", "cka", "eff_rank_Z", "restricted_loss", "excluded_loss"),
                new ArrayList<>(s.keySet()));
        for (Map.Entry<String, Double> entry : s.entrySet()) {
            assertTrue(Double.isFinite(entry.getValue()), entry.getKey());
        }
        assertTrue(s.get("rel_change") > 0);
        assertTrue(s.get("cka") > 0 && s.get("cka") <= 1);
        Checkpoint c = e.checkpoint();
        assertEquals(List.of("U", "V", "W", "adam_m_U", "adam_v_U", "adam_m_V", "adam_v_V", "adam_m_W", "adam_v_W",
                "test_grid", "fourier_U", "dominant_freq", "ipr_U"), new ArrayList<>(c.tensors().keySet()));
        assertEquals(List.of("adam_t"), new ArrayList<>(c.integers().keySet()));
        assertShape(c.tensor("U"), 24, 11);
        assertShape(c.tensor("W"), 11, 24);
        assertShape(c.tensor("test_grid"), 11, 11);
        assertShape(c.tensor("fourier_U"), 24, 5);
        assertShape(c.tensor("dominant_freq"), 24, 1);
        assertShape(c.tensor("ipr_U"), 24, 1);
        // the grid marks train pairs 2/3 and test pairs 0/1, matching the split and the accuracies
        GrokkingExperiment g = GrokkingExperiment.create(small);
        g.advance();
        Tensor grid = g.checkpoint().tensor("test_grid");
        int trainCorrect = 0;
        int testCorrect = 0;
        for (int pair = 0; pair < 121; pair++) {
            double v = grid.get(pair / 11, pair % 11);
            if (g.split().isTrain(pair)) {
                assertTrue(v == 2 || v == 3);
                trainCorrect += v == 2 ? 1 : 0;
            } else {
                assertTrue(v == 0 || v == 1);
                testCorrect += v == 1 ? 1 : 0;
            }
        }
        Map<String, Double> gs = scalars(g);
        assertEquals(gs.get("train_acc"), trainCorrect / (double) g.split().trainSize(), 1e-12);
        assertEquals(gs.get("test_acc"), testCorrect / (double) g.split().testSize(), 1e-12);
        Tensor fourier = c.tensor("fourier_U");
        for (int j = 0; j < 24; j++) {
            double sum = 0;
            double sumSq = 0;
            int best = 0;
            for (int f = 0; f < 5; f++) {
                sum += fourier.get(j, f);
                sumSq += fourier.get(j, f) * fourier.get(j, f);
                best = fourier.get(j, f) > fourier.get(j, best) ? f : best;
            }
            assertEquals(1.0, sum, 1e-9);
            assertEquals(sumSq, c.tensor("ipr_U").get(j, 0), 1e-12);
            assertEquals(best + 1, c.tensor("dominant_freq").get(j, 0));
        }
    }

    @Test
    void withoutKeyFrequenciesNandasLossesAreNotLogged() {
        Experiment e = kind.create(small.withKeyFrequencies(List.of()));
        Map<String, Double> s = scalars(e);
        assertFalse(s.containsKey("restricted_loss"));
        assertFalse(s.containsKey("excluded_loss"));
    }

    @Test
    void restoreRefusesAMismatchedCheckpoint() {
        Checkpoint c = kind.create(small).checkpoint();
        GrokkingConfig wider = GrokkingConfig.of(11, 25, 0.5, 1e-2, 1.0, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> kind.restore(wider, c));
        assertTrue(e.getMessage().contains("'U'"), e.getMessage());
    }

    @Test
    void aHugeLearningRateDivergesWithAClearError() {
        Experiment e = kind.create(GrokkingConfig.of(11, 24, 0.5, 1e30, 0.0, 1));
        DivergedException d = assertThrows(DivergedException.class, () -> {
            for (int i = 0; i < 50; i++) {
                e.advance();
            }
        });
        assertTrue(d.getMessage().contains("diverged"), d.getMessage());
    }

    @Test
    void summaryReadsMilestonesAndFinalValues() {
        RunHistory.Builder b = new RunHistory.Builder();
        double[] train = {0.1, 0.5, 0.995, 1.0, 1.0};
        double[] test = {0.0, 0.01, 0.2, 0.98, 0.999};
        for (int i = 0; i < train.length; i++) {
            b.add(25L * i, "train_acc", train[i]);
            b.add(25L * i, "test_acc", test[i]);
            b.add(25L * i, "weight_norm_sq", 100 + i);
        }
        RunHistory h = b.build();
        GrokkingMilestones m = GrokkingMilestones.of(h);
        assertEquals(50, m.tMem().getAsLong());
        assertEquals(100, m.tGen().getAsLong());
        assertEquals(50, m.delay().getAsLong());
        ObjectNode s = kind.summarize(small, h);
        assertEquals(50, s.get("t_mem").asLong());
        assertEquals(100, s.get("t_gen").asLong());
        assertEquals(0.999, s.get("final_test_acc").asDouble());
        assertEquals(104, s.get("final_weight_norm_sq").asDouble());
        assertTrue(s.get("final_train_loss").isNull());
        RunHistory neverGeneralised = new RunHistory.Builder().add(0, "train_acc", 1.0).add(0, "test_acc", 0.5)
                .build();
        assertTrue(kind.summarize(small, neverGeneralised).get("t_gen").isNull());
        assertTrue(GrokkingMilestones.of(neverGeneralised).delay().isEmpty());
    }

    static Map<String, Double> scalars(Experiment e) {
        Map<String, Double> out = new LinkedHashMap<>();
        e.cheapScalars(out::put);
        e.fullScalars(out::put);
        return out;
    }

    private static void assertShape(Tensor t, int rows, int columns) {
        assertEquals(rows, t.rows());
        assertEquals(columns, t.columns());
    }
}
