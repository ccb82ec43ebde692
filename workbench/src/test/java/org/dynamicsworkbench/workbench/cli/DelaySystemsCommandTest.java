package org.dynamicsworkbench.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on delay equations: listed with kind "delay", integrated as an embedding, exponent computed. */
class DelaySystemsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void systemsJsonListsDelaySystemsWithTheirEmbeddingDimension() throws Exception {
        CliRun run = CliRun.of("systems", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        int delays = 0;
        for (JsonNode system : root) {
            String kind = system.get("kind").textValue();
            assertTrue(kind.equals("flow") || kind.equals("map") || kind.equals("delay"), kind);
            if (kind.equals("delay")) {
                delays++;
                assertEquals(10, system.get("dimension").intValue(), system.toString());
                assertTrue(system.get("parameters").has("tau"), system.toString());
            }
        }
        assertEquals(6, delays);
    }

    @Test
    void integrateWritesTheDelayEmbedding() throws Exception {
        Path out = dir.resolve("mg.csv");
        CliRun run = CliRun.of("integrate", "MackeyGlass", "--param", "tau=17", "--dt", "0.5", "--steps", "400",
                "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = JSON.readTree(run.out());
        assertEquals("delay", summary.get("kind").textValue());
        assertEquals("delay-rk4", summary.get("method").textValue());
        assertEquals(401, summary.get("shape").get(0).intValue());
        assertEquals(10, summary.get("shape").get(1).intValue());
        var lines = Files.readAllLines(out);
        assertEquals(402, lines.size());
        // Lag tau/9 = 17/9 is not a multiple of dt, but lag 9 (tau) is 34 samples: column 9 is column 0 delayed.
        String[] last = lines.get(401).split(",");
        String[] earlier = lines.get(401 - 34).split(",");
        assertEquals(Double.parseDouble(earlier[0]), Double.parseDouble(last[9]), 1e-12);
    }

    @Test
    void lyapunovOfADelaySystemIsTheLargestExponent() throws Exception {
        CliRun run = CliRun.of("lyapunov", "MackeyGlass", "--param", "tau=17", "--dt", "0.1", "--steps", "40000",
                "--transient", "5000", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = JSON.readTree(run.out());
        assertEquals(1, result.get("exponents").size());
        double lambda = result.get("exponents").get(0).doubleValue();
        assertTrue(lambda > 0.003 && lambda < 0.015, "largest exponent " + lambda);
    }
}
