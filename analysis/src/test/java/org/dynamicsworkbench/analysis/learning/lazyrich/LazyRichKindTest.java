package org.dynamicsworkbench.analysis.learning.lazyrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.junit.jupiter.api.Test;

class LazyRichKindTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LazyRichKind kind = new LazyRichKind();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void isRegisteredAsLazyRich() {
        assertInstanceOf(LazyRichKind.class, ExperimentKinds.builtin().byName("lazy-rich"));
    }

    @Test
    void defaultsAreTheSpecsCpuCheapVariant() throws Exception {
        LazyRichConfig d = kind.parseConfig(json("{}"));
        assertEquals(LazyRichConfig.defaults(), d);
        assertEquals(50, d.dim());
        assertEquals(300, d.trainSize());
        assertEquals(200, d.width());
        assertEquals(0.25, d.epsilon());
        assertEquals(4.0, d.alpha());
        assertEquals(10.0 * 200 / 16, d.learningRate(), 0);
        assertEquals(false, d.centredLoss());
        assertEquals(200, d.ntkPoints());
        RunPlan plan = kind.defaultPlan(d);
        assertEquals(new RunPlan(20_000, 10, 100, new CheckpointSchedule(CheckpointSchedule.Spacing.LOG, 60, 10)),
                plan);
    }

    @Test
    void configRoundTripsThroughJson() throws Exception {
        LazyRichConfig c = new LazyRichConfig(20, 100, 80, 30, 0.1, 2.5, 3.0, true, 40, -7);
        assertEquals(c, kind.parseConfig(c.toJson()));
        assertEquals(c, kind.parseConfig(json(JSON.writeValueAsString(c.toJson()))));
        java.util.List<String> written = new java.util.ArrayList<>();
        c.toJson().fieldNames().forEachRemaining(written::add);
        assertEquals(LazyRichConfig.FIELDS, written);
    }

    private void refused(String config, String field, String fragment) throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> kind.parseConfig(json(config)), config);
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void badFieldsAreNamed() throws Exception {
        refused("{\"alpah\": 2}", "alpah", "unknown field");
        refused("{\"alpha\": 0}", "alpha", "> 0");
        refused("{\"alpha\": \"big\"}", "alpha", "must be a number");
        refused("{\"epsilon\": -0.1}", "epsilon", ">= 0");
        refused("{\"lrScale\": 0}", "lrScale", "> 0");
        refused("{\"width\": 1.5}", "width", "integer");
        refused("{\"dim\": 0}", "dim", "between 1 and 1000");
        refused("{\"testSize\": 1}", "testSize", "between 2 and 100000");
        refused("{\"trainSize\": 3000000000}", "trainSize", "integer");
        refused("{\"centredLoss\": \"yes\"}", "centredLoss", "true or false");
        refused("{\"testSize\": 100, \"ntkPoints\": 150}", "ntkPoints", "between 2 and 100");
        refused("{\"width\": 100000, \"testSize\": 1000}", "width", "at most");
        refused("{\"seed\": 1.5}", "seed", "integer");
        refused("[1, 2]", "config", "JSON object");
    }

    @Test
    void smallTestSetShrinksTheDefaultNtkSubsample() throws Exception {
        assertEquals(50, kind.parseConfig(json("{\"testSize\": 50}")).ntkPoints());
    }

    @Test
    void summaryReadsHalvingStepsDelayAndTheEarlyRise() {
        RunHistory.Builder b = new RunHistory.Builder();
        double[] train = {0.5, 0.4, 0.3, 0.24, 0.1, 0.05};
        double[] test = {0.6, 0.65, 0.62, 0.55, 0.4, 0.29};
        for (int i = 0; i < train.length; i++) {
            b.add(i * 100L, "train_loss", train[i]);
            b.add(i * 100L, "test_loss", test[i]);
        }
        b.add(0, "m_alignment", 0.1);
        b.add(500, "m_alignment", 0.9);
        ObjectNode s = kind.summarize(LazyRichConfig.defaults(), b.build());
        assertEquals(300, s.get("train_half_step").asLong());
        assertEquals(500, s.get("test_half_step").asLong());
        assertEquals(500.0 / 300, s.get("delay_ratio").asDouble(), 1e-15);
        assertEquals(0.6, s.get("initial_test_loss").asDouble());
        assertEquals(0.65, s.get("peak_test_loss").asDouble());
        assertEquals(100, s.get("peak_test_step").asLong());
        assertEquals(0.05, s.get("final_train_loss").asDouble());
        assertEquals(0.29, s.get("final_test_loss").asDouble());
        assertEquals(0.9, s.get("final_m_alignment").asDouble());
    }

    @Test
    void summaryLeavesUnreachedValuesNull() {
        RunHistory.Builder b = new RunHistory.Builder();
        b.add(0, "train_loss", 0.5);
        b.add(10, "train_loss", 0.2);
        b.add(0, "test_loss", 0.6);
        b.add(10, "test_loss", 0.5);
        ObjectNode s = kind.summarize(LazyRichConfig.defaults(), b.build());
        assertEquals(10, s.get("train_half_step").asLong());
        assertTrue(s.get("test_half_step").isNull());
        assertTrue(s.get("delay_ratio").isNull());
        assertEquals(0, s.get("peak_test_step").asLong(), "no rise: the peak is the initial value");
        assertTrue(s.get("final_m_alignment").isNull());

        ObjectNode empty = kind.summarize(LazyRichConfig.defaults(), RunHistory.empty());
        for (String field : new String[] {"train_half_step", "test_half_step", "delay_ratio", "initial_test_loss",
                "peak_test_loss", "peak_test_step", "final_train_loss", "final_test_loss", "final_m_alignment"}) {
            assertTrue(empty.get(field).isNull(), field);
        }
    }
}
