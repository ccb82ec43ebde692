package org.dynamicsworkbench.plugins.peccary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.series.SeriesSpec;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.junit.jupiter.api.Test;

class PeccaryStateCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PeccaryStateCodec codec = new PeccaryStateCodec(SystemCatalog.builtin());

    private PeccaryState read(String json) throws Exception {
        return codec.read(JSON.readTree(json));
    }

    private String error(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return assertThrows(ToolStateException.class, () -> codec.read(node)).getMessage();
    }

    @Test
    void roundTripsEveryField() throws Exception {
        PeccaryState state = new PeccaryState(List.of(SeriesSpec.ofSystem("Lorenz", 2, 5000, 0.02),
                SeriesSpec.ofFile(Path.of("data/noise.csv"), 1, 0.5)), 6, 3, 2, 30);
        assertEquals(state, codec.read(codec.write(state)));
        PeccaryState noSweep = state.withSweep(0, 0);
        assertEquals(noSweep, codec.read(codec.write(noSweep)));
    }

    @Test
    void fillsDefaultsAndReadsCoordinateLetters() throws Exception {
        PeccaryState state = read("{\"series\": [{\"system\": \"Lorenz\", \"column\": \"z\"}]}");
        assertEquals(5, state.n());
        assertEquals(1, state.tau());
        assertFalse(state.hasSweep());
        SeriesSpec s = state.series().get(0);
        assertEquals(2, s.column());
        assertEquals(20_000, s.steps());
        assertEquals(SystemCatalog.builtin().require("Lorenz").metadata().defaultSamplingStep(), s.dt());
        assertEquals(1.0, read("{\"series\": [{\"system\": \"Henon\", \"dt\": 0.3}]}").series().get(0).dt(),
                "a map's samples are one iteration apart");
    }

    @Test
    void errorsNameTheField() throws Exception {
        assertEquals("state: must be a JSON object, got []", error("[]"));
        assertEquals("state.series: must be a list of 1 to 6 series, got []", error("{\"series\": []}"));
        String unknown = error("{\"series\": [{\"system\": \"Lorenz\"}, {\"system\": \"Lorenzz\"}]}");
        assertEquals(true, unknown.startsWith("state.series[1].system: "), unknown);
        assertEquals(true, unknown.contains("Lorenz"), unknown);
        assertEquals("state.series[0].column: must be an integer in [0, 2], got 3",
                error("{\"series\": [{\"system\": \"Lorenz\", \"column\": 3}]}"));
        assertEquals("state.series[0]: must name exactly one of \"system\" (a catalog system) and \"file\" (a .csv or .npy file)",
                error("{\"series\": [{\"system\": \"Lorenz\", \"file\": \"a.csv\"}]}"));
        assertEquals("state.series[0].file: must be a .csv or .npy file, got \"a.txt\"",
                error("{\"series\": [{\"file\": \"a.txt\"}]}"));
        assertEquals("state.series[0].dt: must be a positive number, got -1",
                error("{\"series\": [{\"system\": \"Lorenz\", \"dt\": -1}]}"));
        assertEquals("state.n: must be an integer in [3, 8], got 9", error("{\"series\": [{\"system\": \"Lorenz\"}], \"n\": 9}"));
        assertEquals("state.tau: must be an integer in [1, 10000], got 0", error("{\"series\": [{\"system\": \"Lorenz\"}], \"tau\": 0}"));
        assertEquals("state.tauSweep.to: must be an integer in [10, 10000], got 5",
                error("{\"series\": [{\"system\": \"Lorenz\"}], \"tauSweep\": {\"from\": 10, \"to\": 5}}"));
    }
}
