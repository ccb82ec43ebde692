package org.dynamicsworkbench.analysis.learning.grokking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.junit.jupiter.api.Test;

class GrokkingConfigTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GrokkingKind kind = new GrokkingKind();

    @Test
    void toJsonRoundTripsThroughParseConfig() {
        GrokkingConfig c = GrokkingPreset.LARGE.config(7).withBackend(GrokkingConfig.Backend.ND4J)
                .withKeyFrequencies(List.of(14, 3));
        GrokkingConfig back = kind.parseConfig(c.toJson());
        assertEquals(c, back);
        assertEquals(List.of(3, 14), back.keyFrequencies());
        assertEquals("nd4j", c.toJson().get("backend").asText());
    }

    @Test
    void presetsMatchTheSpecTable() {
        GrokkingConfig primary = GrokkingPreset.parse("primary").config(0);
        assertEquals(31, primary.p());
        assertEquals(256, primary.width());
        assertEquals(0.4, primary.frac());
        assertEquals(3e-3, primary.lr());
        assertEquals(1.0, primary.wd());
        assertEquals(384, primary.trainPairs());
        assertEquals(0.98, primary.beta2());
        assertEquals(GrokkingPreset.NO_WD, GrokkingPreset.parse("no-wd"));
        assertEquals(0.0, GrokkingPreset.NO_WD.config(0).wd());
        assertEquals(1881, GrokkingPreset.LARGE.config(0).trainPairs());
        assertEquals(new RunPlan(5000, 25, 250, new CheckpointSchedule(CheckpointSchedule.Spacing.SQRT, 60, 25)),
                kind.defaultPlan(primary));
        assertEquals(2000, kind.defaultPlan(GrokkingPreset.FAST.config(3)).steps());
        assertEquals(4000, kind.defaultPlan(GrokkingPreset.NO_WD.config(3)).steps());
        ConfigException e = assertThrows(ConfigException.class, () -> GrokkingPreset.parse("huge"));
        assertEquals("preset", e.field());
    }

    @Test
    void autoPicksNd4jOnlyForTheLargePreset() {
        assertTrue(GrokkingEngines.autoPrefersNd4j(GrokkingPreset.LARGE.config(0)));
        assertEquals(false, GrokkingEngines.autoPrefersNd4j(GrokkingPreset.PRIMARY.config(0)));
    }

    @Test
    void theKindIsRegistered() {
        assertEquals("grokking", ExperimentKinds.builtin().byName("grokking").name());
    }

    @Test
    void missingOptionalFieldsTakeTheirDefaults() throws Exception {
        GrokkingConfig c = kind.parseConfig(JSON.readTree(
                "{\"p\":31,\"width\":256,\"frac\":0.4,\"lr\":0.003,\"wd\":1.0,\"seed\":0}"));
        assertEquals(GrokkingPreset.PRIMARY.config(0), c);
    }

    @Test
    void badFieldsAreNamed() throws Exception {
        assertField("p", "p", 1);
        assertField("p", "p", 513);
        assertField("width", "width", 0);
        assertField("frac", "frac", 1.0);
        assertField("frac", "frac", 0.0);
        assertField("frac", "frac", -0.2);
        assertField("lr", "lr", 0.0);
        assertField("wd", "wd", -1.0);
        assertField("beta1", "beta1", 1.0);
        assertField("beta2", "beta2", -0.1);
        assertField("eps", "eps", 0.0);
        // p = 2 has 4 pairs: frac 0.1 leaves no train pair, frac 0.99 leaves no test pair (floor(3.96) = 3 is fine)
        ObjectNode tiny = base();
        tiny.put("p", 2);
        tiny.put("frac", 0.1);
        assertEquals("frac", assertThrows(ConfigException.class, () -> kind.parseConfig(tiny)).field());
        ObjectNode unknown = base();
        unknown.put("lerning_rate", 0.1);
        ConfigException e = assertThrows(ConfigException.class, () -> kind.parseConfig(unknown));
        assertEquals("lerning_rate", e.field());
        ObjectNode missing = base();
        missing.remove("seed");
        assertEquals("seed", assertThrows(ConfigException.class, () -> kind.parseConfig(missing)).field());
        ObjectNode text = base();
        text.put("p", "31");
        assertEquals("p", assertThrows(ConfigException.class, () -> kind.parseConfig(text)).field());
        ObjectNode backend = base();
        backend.put("backend", "gpu");
        assertEquals("backend", assertThrows(ConfigException.class, () -> kind.parseConfig(backend)).field());
        ObjectNode keys = base();
        keys.putArray("key_frequencies").add(16);
        ConfigException k = assertThrows(ConfigException.class, () -> kind.parseConfig(keys));
        assertEquals("key_frequencies", k.field());
        assertTrue(k.getMessage().contains("1..15"), k.getMessage());
        ObjectNode many = base();
        many.putArray("key_frequencies").add(1).add(2).add(3).add(4).add(5).add(6);
        assertEquals("key_frequencies", assertThrows(ConfigException.class, () -> kind.parseConfig(many)).field());
        assertEquals("config", assertThrows(ConfigException.class,
                () -> kind.parseConfig(JSON.readTree("[1]"))).field());
    }

    @Test
    void summaryIsNullWhenNothingWasLogged() {
        ObjectNode s = kind.summarize(GrokkingPreset.PRIMARY.config(0),
                org.dynamicsworkbench.analysis.learning.run.RunHistory.empty());
        assertTrue(s.get("t_mem").isNull());
        assertTrue(s.get("t_gen").isNull());
        assertTrue(s.get("final_test_acc").isNull());
        assertNull(s.get("nonexistent"));
    }

    private ObjectNode base() {
        return GrokkingPreset.PRIMARY.config(0).toJson();
    }

    private void assertField(String expected, String field, double value) {
        ObjectNode o = base();
        if (value == Math.rint(value) && (field.equals("p") || field.equals("width"))) {
            o.put(field, (int) value);
        } else {
            o.put(field, value);
        }
        ConfigException e = assertThrows(ConfigException.class, () -> kind.parseConfig(o), field + "=" + value);
        assertEquals(expected, e.field());
    }
}
