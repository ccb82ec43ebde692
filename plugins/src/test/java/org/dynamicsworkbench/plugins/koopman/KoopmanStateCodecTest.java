package org.dynamicsworkbench.plugins.koopman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.series.SeriesSpec;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.junit.jupiter.api.Test;

class KoopmanStateCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KoopmanStateCodec codec = new KoopmanStateCodec(SystemCatalog.builtin());

    private String error(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return assertThrows(ToolStateException.class, () -> codec.read(node)).getMessage();
    }

    @Test
    void roundTripsEveryField() throws Exception {
        KoopmanState state = new KoopmanState(SeriesSpec.ofSystem("Duffing", 1, 3000, 0.2), DictionaryChoice.parse("rbf:40"),
                0.03, 50, 40, 7, 3, EigenfunctionPart.PHASE);
        assertEquals(state, codec.read(codec.write(state)));
        KoopmanState minimal = codec.read(JSON.readTree("{\"series\": {\"system\": \"Lorenz\"}}"));
        assertEquals(KoopmanState.defaults().dictionary(), minimal.dictionary());
        assertEquals(-1, minimal.selected());
    }

    @Test
    void errorsNameTheField() throws Exception {
        assertEquals("state.series: must be a JSON object, got nothing", error("{}"));
        assertEquals("state.dictionary: dictionary must be poly:D, rbf:K or delay:Q, got 'poly'",
                error("{\"series\": {\"system\": \"Lorenz\"}, \"dictionary\": \"poly\"}"));
        assertEquals("state.dictionary: dictionary poly:9: the number must be in 1..8",
                error("{\"series\": {\"system\": \"Lorenz\"}, \"dictionary\": \"poly:9\"}"));
        assertEquals("state.threshold: must be a positive number, got 0",
                error("{\"series\": {\"system\": \"Lorenz\"}, \"threshold\": 0}"));
        assertEquals("state.grid: must be an integer in [10, 200], got 5", error("{\"series\": {\"system\": \"Lorenz\"}, \"grid\": 5}"));
        assertEquals("state.havok.rank: must be an integer in [2, 20], got 30",
                error("{\"series\": {\"system\": \"Lorenz\"}, \"havok\": {\"delays\": 20, \"rank\": 30}}"));
        assertEquals("state.part: must be one of real, modulus, phase, got \"angle\"",
                error("{\"series\": {\"system\": \"Lorenz\"}, \"part\": \"angle\"}"));
        assertEquals("state.series.dt: must be a positive number, got \"x\"",
                error("{\"series\": {\"system\": \"Lorenz\", \"dt\": \"x\"}}"));
    }
}
