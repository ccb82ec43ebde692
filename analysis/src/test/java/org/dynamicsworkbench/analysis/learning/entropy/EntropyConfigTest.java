package org.dynamicsworkbench.analysis.learning.entropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.junit.jupiter.api.Test;

class EntropyConfigTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConfigException refused(String json) {
        return assertThrows(ConfigException.class, () -> EntropyConfig.parse(JSON.readTree(json)));
    }

    @Test
    void emptyObjectGivesTheSpecToyDefaults() throws Exception {
        EntropyConfig c = EntropyConfig.parse(JSON.readTree("{}"));
        assertEquals(EntropyConfig.defaults(EntropyMode.VANILLA), c);
        assertEquals(16, c.contexts());
        assertEquals(10, c.answers());
        assertEquals(8, c.groupSize());
        assertEquals(4, c.minibatches());
        assertEquals(0.2, c.lr());
        assertEquals(0.2, c.epsHigh());
    }

    @Test
    void modeSetsItsOwnDefaultClip() throws Exception {
        assertEquals(0.28, EntropyConfig.parse(JSON.readTree("{\"mode\":\"clip-higher\"}")).epsHigh());
        EntropyConfig clipCov = EntropyConfig.parse(JSON.readTree("{\"mode\":\"clip-cov\"}"));
        assertEquals(1.0, clipCov.epsLow());
        assertEquals(0.2, clipCov.clipCovRatio());
        assertEquals(0.5, clipCov.clipCovLb());
        assertEquals(0.3, EntropyConfig.parse(JSON.readTree("{\"mode\":\"clip-higher\",\"eps-high\":0.3}")).epsHigh());
    }

    @Test
    void toJsonRoundTrips() {
        for (EntropyMode m : EntropyMode.values()) {
            EntropyConfig c = EntropyConfig.defaults(m).withSeed(42);
            assertEquals(c, EntropyConfig.parse(c.toJson()));
        }
    }

    @Test
    void badValuesAreRefusedByName() {
        assertEquals("group-size", refused("{\"group-size\":1}").field());
        assertEquals("clip-cov-ratio", refused("{\"clip-cov-ratio\":1.5}").field());
        assertEquals("eps-low", refused("{\"eps-low\":-0.1}").field());
        assertEquals("eps-high", refused("{\"eps-high\":2}").field());
        assertEquals("kl-k-percent", refused("{\"kl-k-percent\":0}").field());
        assertEquals("clip-cov-ub", refused("{\"clip-cov-lb\":5,\"clip-cov-ub\":5}").field());
        assertEquals("minibatches", refused("{\"minibatches\":5}").field());
        assertEquals("lr", refused("{\"lr\":\"fast\"}").field());
        assertEquals("lr", refused("{\"lr\":0}").field());
        assertEquals("seed", refused("{\"seed\":1.5}").field());
        ConfigException unknown = refused("{\"group_size\":8}");
        assertEquals("group_size", unknown.field());
        assertTrue(unknown.getMessage().contains("unknown field"), unknown.getMessage());
        ConfigException mode = refused("{\"mode\":\"clipcov\"}");
        assertEquals("mode", mode.field());
        assertTrue(mode.getMessage().contains("clip-cov"), mode.getMessage());
    }

    @Test
    void registeredAsBuiltinKind() {
        assertEquals("entropy", ExperimentKinds.builtin().byName("entropy").name());
        ObjectNode json = EntropyConfig.defaults(EntropyMode.KL_COV).toJson();
        assertEquals(EntropyConfig.defaults(EntropyMode.KL_COV), new EntropyCollapseKind().parseConfig(json));
    }
}
