package org.dynamicsworkbench.analysis.learning.concepts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.junit.jupiter.api.Test;

class ConceptExperimentTest {
    private static final ConceptSpaceKind KIND = new ConceptSpaceKind();

    /** Trains {@code steps} steps, logging the loss every 50 steps and evaluating at {@code evalSteps}. */
    static RunHistory run(ConceptConfig config, int steps, Set<Long> evalSteps) {
        Experiment e = KIND.create(config);
        RunHistory.Builder b = new RunHistory.Builder();
        for (int s = 1; s <= steps; s++) {
            e.advance();
            long step = e.step();
            if (step % 50 == 0) {
                e.cheapScalars((name, v) -> b.add(step, name, v));
            }
            if (evalSteps.contains(step)) {
                e.fullScalars((name, v) -> b.add(step, name, v));
            }
        }
        return b.build();
    }

    @Test
    void strongConceptIsLearnedFirstAndOverpromptingElicitsTheWeakOneEarlier() {
        ConceptConfig config = ConceptConfig.defaults().withEvalSamples(96);
        RunHistory h = run(config, 400, Set.of(50L, 100L, 150L, 400L));
        ObjectNode s = KIND.summarize(config, h);
        // the training classes reach their corners
        assertTrue(h.series("concept_2_1").valueAt(400) > 0.9 && h.series("concept_2_2").valueAt(400) < 0.2,
                "class (1,0)");
        assertTrue(h.series("concept_1_1").valueAt(400) < 0.1 && h.series("concept_1_2").valueAt(400) > 0.8,
                "class (0,1)");
        // held-out class: the strong concept (sep 1.0) is there by step 100, well ahead of the weak one (sep 0.25)
        assertTrue(h.series("concept_3_1").valueAt(100) > 0.9, s.toString());
        assertTrue(h.series("concept_3_1").valueAt(100) > h.series("concept_3_2").valueAt(100) + 0.1, s.toString());
        long t1 = s.get("learning_time_1").asLong();
        assertTrue(!s.get("learning_time_1").isNull() && t1 <= 150, s.toString());
        assertTrue(s.get("learning_time_2").isNull() || s.get("learning_time_2").asLong() > t1, s.toString());
        // over-prompting the held-out class raises its weak coordinate at the first evaluations (hidden capability)
        assertEquals(50, s.get("overprompt_step").asLong());
        assertTrue(s.get("overprompt_advantage_2").doubleValue() > 0.05, s.toString());
        assertTrue(h.series("overprompt_3_2").valueAt(100) > h.series("concept_3_2").valueAt(100), s.toString());
        assertTrue(h.series("loss").valueAt(400) < h.series("loss").valueAt(50), "loss falls");
    }

    @Test
    void restoredRunContinuesBitForBit() {
        ConceptConfig config = ConceptConfig.defaults().withEvalSamples(8).withSeed(5);
        Experiment a = KIND.create(config);
        for (int i = 0; i < 30; i++) {
            a.advance();
        }
        Checkpoint c = a.checkpoint();
        assertEquals(5, c.tensor(ConceptExperiment.CONCEPT_POINTS).rows());
        Experiment b = KIND.restore(KIND.parseConfig(config.toJson()), c);
        assertArrayEquals(scalars(a), scalars(b));
        for (int i = 0; i < 20; i++) {
            a.advance();
            b.advance();
            assertArrayEquals(scalars(a), scalars(b), "step " + a.step());
        }
        Checkpoint ca = a.checkpoint();
        Checkpoint cb = b.checkpoint();
        assertEquals(ca.tensors(), cb.tensors());
        assertArrayEquals(ca.integers("train_random"), cb.integers("train_random"));
        assertArrayEquals(full(a), full(b));
    }

    @Test
    void evaluationDoesNotDisturbTraining() {
        ConceptConfig config = ConceptConfig.defaults().withEvalSamples(4);
        Experiment a = KIND.create(config);
        Experiment b = KIND.create(config);
        for (int i = 0; i < 10; i++) {
            a.advance();
            b.advance();
            full(a);
        }
        assertArrayEquals(scalars(a), scalars(b));
        assertArrayEquals(full(a), full(b));
    }

    @Test
    void configErrorsAreNamed() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ConfigException zero = assertThrows(ConfigException.class,
                () -> KIND.parseConfig(json.readTree("{\"sep2\":0}")));
        assertEquals("sep2", zero.field());
        assertTrue(zero.getMessage().contains("separation of 0"), zero.getMessage());
        assertEquals("conditioning", assertThrows(ConfigException.class,
                () -> KIND.parseConfig(json.readTree("{\"conditioning\":\"onehot\"}"))).field());
        assertEquals("beta-end", assertThrows(ConfigException.class,
                () -> KIND.parseConfig(json.readTree("{\"beta-start\":0.1,\"beta-end\":0.05}"))).field());
        assertEquals("sep", assertThrows(ConfigException.class,
                () -> KIND.parseConfig(json.readTree("{\"sep\":1}"))).field());
        ConceptConfig c = ConceptConfig.defaults().withSeed(9);
        assertEquals(c, KIND.parseConfig(c.toJson()));
        assertEquals(ConceptConfig.defaults(), KIND.parseConfig(json.readTree("{}")));
        assertEquals("concepts", ExperimentKinds.builtin().byName("concepts").name());
    }

    static double[] scalars(Experiment e) {
        List<Double> out = new ArrayList<>();
        e.cheapScalars((n, v) -> out.add(v));
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[] full(Experiment e) {
        List<Double> out = new ArrayList<>();
        e.fullScalars((n, v) -> out.add(v));
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
