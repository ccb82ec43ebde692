package org.dynamicsworkbench.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train/analyze/resume/sweep for training-dynamics experiments, on tiny grokking runs. */
class ExperimentCommandsTest {
    private static final String[] TINY = {"--p", "7", "--width", "16", "--frac", "0.5", "--lr", "1e-2"};

    @TempDir
    Path tmp;

    private static String[] args(String[] head, String... tail) {
        String[] out = new String[head.length + TINY.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(TINY, 0, out, head.length, TINY.length);
        System.arraycopy(tail, 0, out, head.length + TINY.length, tail.length);
        return out;
    }

    @Test
    void trainWritesARunThatAnalyzeSummarisesAsJson() throws IOException {
        Path run = tmp.resolve("run");
        CliRun train = CliRun.of(args(new String[] {"train", "grokking"}, "--steps", "60", "--checkpoints", "5",
                "--seed", "3", "--out", run.toString()));
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("finished at step 60 (backend java"), train.out());
        assertTrue(train.err().contains("step 60/60"), train.err());
        ExperimentRun opened = ExperimentRun.open(run);
        assertEquals(7, opened.manifest().config().get("p").asInt());
        assertEquals(3, opened.manifest().config().get("seed").asLong());
        assertEquals(60, opened.manifest().plan().steps());

        CliRun analyze = CliRun.of("analyze", run.toString(), "--json");
        assertEquals(0, analyze.exitCode(), analyze.err());
        JsonNode json = new ObjectMapper().readTree(analyze.out());
        assertEquals("grokking", json.get("kind").asText());
        assertEquals("finished", json.get("status").asText());
        assertEquals(60, json.get("steps").asLong());
        assertTrue(json.get("summary").has("t_mem") && json.get("summary").has("t_gen"));
        assertEquals(opened.history().series("train_acc").firstStepAtLeast(0.99) < 0,
                json.get("summary").get("t_mem").isNull());

        Path keyed = tmp.resolve("keyed");
        CliRun withKeys = CliRun.of(args(new String[] {"train", "grokking"}, "--steps", "25", "--checkpoints", "2",
                "--full-log-every", "25", "--key-frequencies", "1,3", "--out", keyed.toString()));
        assertEquals(0, withKeys.exitCode(), withKeys.err());
        assertEquals("[1,3]", ExperimentRun.open(keyed).manifest().config().get("key_frequencies").toString());
        assertTrue(ExperimentRun.open(keyed).history().has("restricted_loss"));

        CliRun text = CliRun.of("analyze", run.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("grokking, finished at step 60 of 60"), text.out());

        CliRun again = CliRun.of("resume", run.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("already finished"), again.out());
    }

    @Test
    void presetsAndPlanOptionsApplyAndBadValuesNameTheOption() {
        Path run = tmp.resolve("bad");
        CliRun frac = CliRun.of("train", "grokking", "--frac", "1.5", "--out", run.toString());
        assertEquals(WorkbenchCli.BAD_INPUT, frac.exitCode());
        assertTrue(frac.err().startsWith("error: --frac:"), frac.err());
        CliRun p = CliRun.of("train", "grokking", "--p", "1", "--out", run.toString());
        assertEquals(WorkbenchCli.BAD_INPUT, p.exitCode());
        assertTrue(p.err().startsWith("error: --p:"), p.err());
        CliRun unknown = CliRun.of("train", "grokking", "--widht", "3", "--out", run.toString());
        assertEquals(WorkbenchCli.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("--widht: unknown option") && unknown.err().contains("--width"),
                unknown.err());
        CliRun preset = CliRun.of("train", "grokking", "--preset", "huge", "--out", run.toString());
        assertTrue(preset.err().contains("unknown preset 'huge'") && preset.err().contains("no-wd"), preset.err());
        CliRun number = CliRun.of("train", "grokking", "--lr", "fast", "--out", run.toString());
        assertTrue(number.err().contains("--lr: must be a number"), number.err());
        CliRun steps = CliRun.of("train", "grokking", "--steps", "0", "--out", run.toString());
        assertTrue(steps.err().contains("--steps: must be between 1"), steps.err());
        CliRun kind = CliRun.of("train", "grokkking", "--out", run.toString());
        assertEquals(WorkbenchCli.BAD_INPUT, kind.exitCode());
        assertFalse(Files.exists(run), "no run folder is left behind by bad input");
    }

    @Test
    void aCancelledOrKilledRunResumesFromTheCommandLine() throws IOException {
        Path run = tmp.resolve("run");
        CliRun train = CliRun.of(args(new String[] {"train", "grokking"}, "--steps", "40", "--checkpoints", "4",
                "--out", run.toString()));
        assertEquals(0, train.exitCode(), train.err());
        // pretend the process died at step 40 of a longer plan: extend the plan in run.json and mark it running
        Path manifest = run.resolve("run.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"steps\" : 40", "\"steps\" : 80")
                .replace("\"finished\"", "\"running\""));
        CliRun resume = CliRun.of("resume", run.toString());
        assertEquals(0, resume.exitCode(), resume.err());
        assertTrue(resume.out().contains("finished at step 80"), resume.out());
        assertEquals(RunStatus.FINISHED, ExperimentRun.open(run).manifest().status());
        assertEquals(80, ExperimentRun.open(run).history().lastStep());
    }

    @Test
    void sweepRunsEveryPointWritesSweepJsonAndKeepsFinishedRunsWhenRepeated() throws IOException {
        Path dir = tmp.resolve("sweep");
        CliRun sweep = CliRun.of(args(new String[] {"sweep", "grokking", "--grid", "wd=0,1", "--grid",
                "frac=0.4,0.6"}, "--steps", "30", "--checkpoints", "3", "--parallel", "2", "--out", dir.toString()));
        assertEquals(0, sweep.exitCode(), sweep.err());
        assertTrue(sweep.out().contains("t_gen \\ wd") && sweep.out().contains("frac=0.6"), sweep.out());
        assertEquals(4, sweep.err().lines().filter(l -> l.matches("\\[\\d/4\\] .*finished at step 30.*")).count(),
                sweep.err());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("sweep.json").toFile());
        assertEquals("grokking", json.get("kind").asText());
        assertEquals(4, json.get("points").size());
        assertEquals("wd=1,frac=0.6", json.get("points").get(3).get("run").asText());
        assertEquals(0.6, ExperimentRun.open(dir.resolve("wd=1,frac=0.6")).manifest().config().get("frac").asDouble());
        assertEquals(0.0, ExperimentRun.open(dir.resolve("wd=0,frac=0.4")).manifest().config().get("wd").asDouble());

        CliRun repeat = CliRun.of(args(new String[] {"sweep", "grokking", "--grid", "wd=0,1", "--grid",
                "frac=0.4,0.6"}, "--steps", "30", "--out", dir.toString()));
        assertEquals(0, repeat.exitCode(), repeat.err());
        assertEquals(4, repeat.err().lines().filter(l -> l.contains("(kept)")).count(), repeat.err());

        CliRun huge = CliRun.of("sweep", "grokking", "--grid", "wd=" + "1,".repeat(40) + "2", "--grid",
                "frac=0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,0.95", "--out", tmp.resolve("huge").toString());
        assertEquals(WorkbenchCli.BAD_INPUT, huge.exitCode());
        assertTrue(huge.err().contains("lists a value twice") || huge.err().contains("runs"), huge.err());
        StringBuilder many = new StringBuilder("seed=");
        for (int i = 0; i < 50; i++) {
            many.append(i == 0 ? "" : ",").append(i);
        }
        CliRun count = CliRun.of("sweep", "grokking", "--grid", many.toString(), "--grid",
                "frac=0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9", "--out", tmp.resolve("huge").toString());
        assertTrue(count.err().contains("would launch 450 runs"), count.err());
        assertFalse(Files.exists(tmp.resolve("huge")));
    }

    @Test
    void kindsWithoutPresetsFillTheFieldsTheUserLeftOutThemselves() throws IOException {
        Path clipHigher = tmp.resolve("clip-higher");
        CliRun entropy = CliRun.of("train", "entropy", "--mode", "clip-higher", "--steps", "3", "--checkpoints", "2",
                "--out", clipHigher.toString());
        assertEquals(0, entropy.exitCode(), entropy.err());
        // the mode's own clip bounds, not vanilla's
        assertEquals(0.28, ExperimentRun.open(clipHigher).manifest().config().get("eps-high").asDouble());
        assertEquals("clip-higher", ExperimentRun.open(clipHigher).manifest().config().get("mode").asText());

        Path concepts = tmp.resolve("concepts");
        CliRun sep = CliRun.of("train", "concepts", "--sep", "1.0,0.25", "--eval-samples", "8", "--steps", "4",
                "--log-every", "2", "--full-log-every", "4", "--checkpoints", "2", "--out", concepts.toString());
        assertEquals(0, sep.exitCode(), sep.err());
        JsonNode config = ExperimentRun.open(concepts).manifest().config();
        assertEquals(1.0, config.get("sep1").asDouble());
        assertEquals(0.25, config.get("sep2").asDouble());
        CliRun one = CliRun.of("train", "concepts", "--sep", "1.0", "--out", tmp.resolve("x").toString());
        assertTrue(one.err().contains("--sep: needs 2 comma-separated values"), one.err());
        CliRun zero = CliRun.of("train", "concepts", "--sep2", "0", "--out", tmp.resolve("x").toString());
        assertEquals(WorkbenchCli.BAD_INPUT, zero.exitCode());
        assertTrue(zero.err().startsWith("error: --sep2:"), zero.err());
        CliRun group = CliRun.of("train", "entropy", "--group-size", "1", "--out", tmp.resolve("x").toString());
        assertTrue(group.err().startsWith("error: --group-size:"), group.err());
        assertFalse(Files.exists(tmp.resolve("x")));

        Path sweep = tmp.resolve("modes");
        CliRun modes = CliRun.of("sweep", "entropy", "--grid", "mode=vanilla,clip-higher", "--steps", "2",
                "--checkpoints", "2", "--show", "entropy_start", "--out", sweep.toString());
        assertEquals(0, modes.exitCode(), modes.err());
        assertEquals(0.28, ExperimentRun.open(sweep.resolve("mode=clip-higher")).manifest().config().get("eps-high")
                .asDouble());
        assertEquals(0.2, ExperimentRun.open(sweep.resolve("mode=vanilla")).manifest().config().get("eps-high")
                .asDouble());
    }

    @Test
    void analyzeAloneReadsAnAlRnnRunToo() {
        CliRun alrnn = CliRun.of("analyze", Path.of("").toAbsolutePath().getParent()
                .resolve("sample-sessions/data/lorenz-alrnn").toString(), "--steps", "2000", "--max-order",
                "1", "--json");
        assertEquals(0, alrnn.exitCode(), alrnn.err());
        assertTrue(alrnn.out().contains("\"dstsp\""), alrnn.out());
    }

    @Test
    void analyzeRefusesForeignFolders() throws IOException {
        Path notRun = Files.createDirectory(tmp.resolve("empty"));
        CliRun empty = CliRun.of("analyze", notRun.toString());
        assertEquals(WorkbenchCli.BAD_INPUT, empty.exitCode());
        assertTrue(empty.err().contains("not a run folder"), empty.err());
        Files.writeString(notRun.resolve("run.json"), "{\"format\": \"dynamics-workbench/experiment\", "
                + "\"formatVersion\": 1, \"kind\": \"mystery\"}");
        CliRun broken = CliRun.of("analyze", notRun.toString());
        assertEquals(WorkbenchCli.BAD_INPUT, broken.exitCode());
        assertTrue(broken.err().contains("run.json"), broken.err());
    }
}
