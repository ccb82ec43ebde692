package org.dynamicsworkbench.plugins.alrnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.dynamicsworkbench.analysis.alrnn.train.ForcingMode;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlRnnStateCodecTest {
    private final AlRnnStateCodec codec = new AlRnnStateCodec();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aStateRoundTrips() throws Exception {
        AlRnnState state = new AlRnnState("runs/a", new TrainingSetup("Rossler", 12, 3, ForcingMode.GTF_ADAPTIVE, 8, 0.3,
                2e-3, 1e-6, 40, 7, 4, 50, -5), 500);
        assertEquals(state, codec.read(codec.write(state)));
        assertEquals(AlRnnState.defaults(), codec.read(codec.write(AlRnnState.defaults())));
    }

    @Test
    void missingFieldsTakeTheDefaults() throws Exception {
        AlRnnState state = codec.read(json.readTree("{\"run\": \"x\", \"setup\": {\"P\": 3}}"));
        assertEquals("x", state.run());
        assertEquals(3, state.setup().piecewise());
        assertEquals(20, state.setup().latent());
        assertEquals(AlRnnState.DEFAULT_FREE_RUN_STEPS, state.freeRunSteps());
    }

    @Test
    void errorsNameTheField() throws Exception {
        assertError("setup.P: must not exceed M=2, got 3", "{\"setup\": {\"M\": 2, \"P\": 3}}");
        assertError("setup.tau: must be an integer in [1, 1000000], got 0", "{\"setup\": {\"tau\": 0}}");
        assertError("setup.lr: must be a positive number, got -1", "{\"setup\": {\"lr\": -1}}");
        assertError("freeRunSteps: must be an integer in [100, 1000000], got 5", "{\"freeRunSteps\": 5}");
        assertError("run: must be a string, got 3", "{\"run\": 3}");
        assertTrue(message("{\"setup\": {\"forcing\": \"gft\"}}").startsWith("setup.forcing: unknown forcing 'gft'"));
        assertTrue(message("{\"camera\": 1}").startsWith("camera: unknown field"));
    }

    @Test
    void aRunThatEscapesOrIsMissingIsRejected(@TempDir Path dir) throws Exception {
        ToolStateException up = assertThrows(ToolStateException.class, () -> SessionFolderPaths.resolve("../x", dir, "run"));
        assertTrue(up.getMessage().startsWith("run: '../x' escapes the session's folder"), up.getMessage());
        ToolStateException missing = assertThrows(ToolStateException.class,
                () -> new AlRnnTool().figuresFor(json.readTree("{\"run\": \"nowhere\"}"), dir));
        assertTrue(missing.getMessage().startsWith("run: 'nowhere' (" + dir.resolve("nowhere") + ") is not a run folder"),
                missing.getMessage());
        assertEquals("sub/run", SessionFolderPaths.written(dir.resolve("sub/run"), dir));
        assertEquals(dir.resolve("sub/run"), SessionFolderPaths.resolve("sub/run", dir, "run"));
    }

    private void assertError(String expected, String state) throws Exception {
        assertEquals(expected, message(state));
    }

    private String message(String state) throws Exception {
        JsonNode node = json.readTree(state);
        return assertThrows(ToolStateException.class, () -> codec.read(node)).getMessage();
    }
}
