package org.dynamicsworkbench.analysis.learning.grokking;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynamicsworkbench.analysis.learning.Experiment;
import org.junit.jupiter.api.Test;

/**
 * The spec's verified behaviour (section 1.2, seed 0), checked at the logging cadence of 25 steps: the
 * primary preset memorises within 50 steps and groks between steps 1500 and 4000 (the spec measured 2400);
 * without weight decay (lr 1e-2) it does not generalise in 4000 steps. These are the module's two slow tests
 * (a few seconds each on one core).
 */
class GrokkingTrainingTest {
    private static final int EVERY = 25;

    @Test
    void primaryPresetMemorisesThenGroks() {
        Experiment e = new GrokkingKind().create(GrokkingPreset.PRIMARY.config(0)
                .withBackend(GrokkingConfig.Backend.JAVA));
        long tMem = -1;
        long tGen = -1;
        while (e.step() <= 4000 && tGen < 0) {
            double[] acc = accuracies(e);
            if (tMem < 0 && acc[0] >= 0.99) {
                tMem = e.step();
            }
            if (acc[1] >= 0.99) {
                tGen = e.step();
            }
            for (int i = 0; i < EVERY && tGen < 0; i++) {
                e.advance();
            }
        }
        assertTrue(tMem >= 0 && tMem <= 50, "t_mem = " + tMem);
        assertTrue(tGen >= 1500 && tGen <= 4000, "t_gen = " + tGen);
    }

    @Test
    void withoutWeightDecayItDoesNotGeneraliseIn4000Steps() {
        Experiment e = new GrokkingKind().create(GrokkingPreset.NO_WD.config(0)
                .withBackend(GrokkingConfig.Backend.JAVA));
        double best = 0;
        double trainAcc = 0;
        while (true) {
            double[] acc = accuracies(e);
            best = Math.max(best, acc[1]);
            trainAcc = acc[0];
            if (e.step() >= 4000) {
                break;
            }
            for (int i = 0; i < EVERY; i++) {
                e.advance();
            }
        }
        assertTrue(trainAcc >= 0.99, "it memorises: train acc " + trainAcc);
        assertTrue(best < 0.99, "best test acc " + best);
    }

    private static double[] accuracies(Experiment e) {
        double[] acc = new double[2];
        e.cheapScalars((name, value) -> {
            if (name.equals("train_acc")) {
                acc[0] = value;
            } else if (name.equals("test_acc")) {
                acc[1] = value;
            }
        });
        return acc;
    }
}
