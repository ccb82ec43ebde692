package org.dynamicsworkbench.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train alrnn, resume and analyze alrnn on small runs, and their one-line errors. */
class AlRnnCommandsTest {
    private static final Path SAMPLE = Path.of("").toAbsolutePath().getParent()
            .resolve("sample-sessions/data/lorenz-alrnn");

    private static String[] small(String data, Path out, String... extra) {
        String[] base = {"train", "alrnn", "--data", data, "--M", "6", "--P", "2", "--epochs", "4",
                "--batches-per-epoch", "3", "--seq-len", "20", "--batch", "4", "--checkpoint-every", "2",
                "--rows", "1500", "--dt", "0.01", "--out", out.toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void trainsAnalysesAndReportsAFinishedRun(@TempDir Path tmp) throws Exception {
        Path run = tmp.resolve("run");
        CliRun train = CliRun.of(small("Lorenz", run));
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.err().contains("epoch 2/4"), "progress on stderr: " + train.err());
        assertTrue(train.out().contains("finished 4 epochs"), train.out());
        assertTrue(Files.isRegularFile(run.resolve("checkpoints/epoch-000004/W.npy")));

        CliRun again = CliRun.of("resume", run.toString());
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("already finished"));

        CliRun analyze = CliRun.of("analyze", "alrnn", run.toString(), "--json", "--steps", "5000");
        assertEquals(0, analyze.exitCode(), analyze.err());
        JsonNode json = new ObjectMapper().readTree(analyze.out());
        assertEquals(4, json.get("fixedPoints").size(), "one fixed point per region (2^P)");
        long steps = 0;
        for (JsonNode r : json.get("regions")) {
            steps += r.get("steps").asLong();
        }
        assertEquals(5000, steps);
        assertEquals(json.get("regions").size(), json.get("transitionMatrix").size());
        assertEquals(6, json.get("lyapunovPerStep").size());
        assertEquals("held-out test series", json.get("evaluatedOn").asText());
        assertTrue(json.get("dstspBaseline").asDouble() > 0, analyze.out());
        assertTrue(json.get("dhBaseline").asDouble() >= 0, analyze.out());
    }

    @Test
    void trainsOnAUserFileAndCopiesItIntoTheRun(@TempDir Path tmp) throws Exception {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int t = 0; t < 400; t++) {
            csv.append(Math.sin(0.1 * t)).append(',').append(Math.cos(0.13 * t)).append('\n');
        }
        Path file = Files.writeString(tmp.resolve("series.csv"), csv);
        Path run = tmp.resolve("run");
        CliRun train = CliRun.of(small(file.toString(), run));
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(Files.isRegularFile(run.resolve("data.npy")));
        Files.delete(file);
        assertEquals(0, CliRun.of("analyze", "alrnn", run.toString(), "--steps", "2000").exitCode());
    }

    @Test
    void badInputIsOneLineWithExitCodeTwoAndLeavesNoRun(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("run");
        Path nan = Files.writeString(tmp.resolve("nan.csv"), "x,y\n1,2\nnan,3\n4,5\n");
        Path shortFile = Files.writeString(tmp.resolve("short.csv"), "x,y\n1,2\n2,3\n4,5\n5,1\n");
        String[][] cases = {
                small(nan.toString(), out),
                small(shortFile.toString(), out),
                small("Lorenz", out, "--P", "9"),
                small("Lorenz", out, "--M", "2"),
                small("Lorenzz", out),
                {"train", "koopman", "--data", "Lorenz", "--out", out.toString()},
        };
        for (String[] args : cases) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + " -> " + r.err());
            assertEquals(1, r.errLines(), r.err());
            assertTrue(r.err().startsWith("error: "), r.err());
            assertFalse(Files.exists(out), "no run folder left: " + String.join(" ", args));
        }
        assertTrue(CliRun.of(small("Lorenzz", out)).err().contains("Lorenz"), "suggests the nearest name");
    }

    @Test
    void foreignNewerAndDivergingRunsAreRefusedWithoutLosingAnything(@TempDir Path tmp) throws Exception {
        Path foreign = Files.createDirectory(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("run.json"), "{\"tool\": \"koopman\", \"formatVersion\": 1}");
        CliRun r = CliRun.of("resume", foreign.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("not an AL-RNN run"), r.err());
        assertEquals(2, CliRun.of("analyze", "alrnn", foreign.toString()).exitCode());

        Path run = tmp.resolve("diverge");
        CliRun d = CliRun.of(small("Lorenz", run, "--lr", "1e9", "--lr-end", "1e9"));
        assertEquals(2, d.exitCode(), d.err());
        assertTrue(d.err().lines().anyMatch(l -> l.startsWith("error: ") && l.contains("diverged")), d.err());
        assertTrue(d.err().contains("before its first checkpoint, so there is none to keep"), d.err());
        assertTrue(Files.readString(run.resolve("run.json")).contains("\"diverged\""));
    }

    @Test
    void theShippedSampleRunIsReadable() {
        CliRun analyze = CliRun.of("analyze", "alrnn", SAMPLE.toString(), "--steps", "20000");
        assertEquals(0, analyze.exitCode(), analyze.err());
        assertTrue(analyze.out().contains("fixed points"), analyze.out());
        assertTrue(analyze.out().contains("data-vs-data baseline (first training rows vs the held-out test series)"),
                analyze.out());
        assertTrue(analyze.out().contains("real"), analyze.out());
    }
}
