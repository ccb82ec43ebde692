package org.dynamicsworkbench.analysis.learning.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.NoisyQuadratic;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunnerTest {
    private static final NoisyQuadratic.Config CONFIG = new NoisyQuadratic.Config(0.1, 0.05, 11);
    private static final ExperimentKinds KINDS = ExperimentKinds.of(List.of(NoisyQuadratic.KIND));

    @TempDir
    Path tmp;

    private RunPlan plan() {
        return NoisyQuadratic.KIND.defaultPlan(CONFIG);
    }

    private RunOutcome runFresh(Path dir, RunListener listener, CancellationToken cancel) throws IOException {
        return ExperimentRunner.start(dir, NoisyQuadratic.KIND, CONFIG, plan(), listener, ProgressListener.NONE,
                cancel);
    }

    @Test
    void aFinishedRunHasItsManifestMetricsAndScheduledCheckpoints() throws IOException {
        Path dir = tmp.resolve("run");
        RunOutcome outcome = runFresh(dir, RunListener.NONE, CancellationToken.NEVER);
        assertEquals(RunStatus.FINISHED, outcome.status());
        ExperimentRun run = ExperimentRun.open(dir);
        assertEquals("noisy-quadratic", run.manifest().kind());
        assertEquals(RunStatus.FINISHED, run.manifest().status());
        assertEquals("java", run.manifest().backend());
        assertEquals(0.1, run.manifest().config().get("lr").asDouble());
        RunHistory h = run.history();
        MetricSeries loss = h.series("loss");
        assertEquals(21, loss.size()); // steps 0, 5, ..., 100
        assertEquals(95, loss.step(19));
        assertArrayEquals(new long[] {0, 20, 40, 60, 80, 100}, h.series("x0").steps());
        long[] expected = plan().checkpoints().steps(100);
        assertArrayEquals(expected, run.checkpointSteps());
        // only the newest keeps the resume-only tensor
        assertTrue(run.isResumable(100));
        assertFalse(run.isResumable(expected[1]));
        assertFalse(run.readCheckpoint(expected[1]).tensors().containsKey("velocity"));
        assertTrue(run.readCheckpoint(100).tensors().containsKey("velocity"));
        assertTrue(loss.value(20) < loss.value(0));
    }

    @Test
    void aCancelledRunResumesToExactlyTheSameResultAsAnUninterruptedOne() throws IOException {
        Path straight = tmp.resolve("straight");
        runFresh(straight, RunListener.NONE, CancellationToken.NEVER);

        Path interrupted = tmp.resolve("interrupted");
        AtomicBoolean stop = new AtomicBoolean();
        RunListener stopAt37 = new RunListener() {
            @Override
            public void scalarsLogged(long step, Map<String, Double> values) {
                if (step == 35) {
                    stop.set(true);
                }
            }
        };
        RunOutcome first = runFresh(interrupted, stopAt37, stop::get);
        assertEquals(RunStatus.CANCELLED, first.status());
        assertEquals(35, first.step());
        assertEquals(RunStatus.CANCELLED, ExperimentRun.open(interrupted).manifest().status());
        RunOutcome second = ExperimentRunner.resume(interrupted, KINDS, 0, RunListener.NONE, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(RunStatus.FINISHED, second.status());
        assertSameResults(straight, interrupted);
    }

    @Test
    void aKilledRunWithAnIncompleteMetricsLineResumesFromItsNewestCheckpoint() throws IOException {
        Path straight = tmp.resolve("straight");
        runFresh(straight, RunListener.NONE, CancellationToken.NEVER);

        Path killed = tmp.resolve("killed");
        RunListener killAfter = new RunListener() {
            @Override
            public void scalarsLogged(long step, Map<String, Double> values) {
                if (step == 60) {
                    throw new IllegalStateException("power cut");
                }
            }
        };
        assertThrows(IllegalStateException.class, () -> runFresh(killed, killAfter, CancellationToken.NEVER));
        Files.writeString(killed.resolve(ExperimentRun.METRICS), "{\"step\": 61, \"lo", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        ExperimentRun half = ExperimentRun.open(killed);
        assertEquals(RunStatus.RUNNING, half.manifest().status());
        assertEquals(60, half.history().lastStep()); // the torn line is ignored
        ExperimentRunner.resume(killed, KINDS, 0, RunListener.NONE, ProgressListener.NONE, CancellationToken.NEVER);
        assertSameResults(straight, killed);
    }

    @Test
    void aFinishedRunCanBeExtended() throws IOException {
        Path dir = tmp.resolve("run");
        runFresh(dir, RunListener.NONE, CancellationToken.NEVER);
        RunOutcome more = ExperimentRunner.resume(dir, KINDS, 150, RunListener.NONE, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(150, more.step());
        ExperimentRun run = ExperimentRun.open(dir);
        assertEquals(150, run.manifest().plan().steps());
        assertEquals(150, run.history().lastStep());
        RunFormatException shorter = assertThrows(RunFormatException.class, () -> ExperimentRunner.resume(dir, KINDS,
                120, RunListener.NONE, ProgressListener.NONE, CancellationToken.NEVER));
        assertTrue(shorter.getMessage().contains("cannot shorten"), shorter.getMessage());
    }

    private static void assertSameResults(Path a, Path b) throws IOException {
        ExperimentRun ra = ExperimentRun.open(a);
        ExperimentRun rb = ExperimentRun.open(b);
        assertEquals(ra.history().series("loss"), rb.history().series("loss"));
        assertEquals(ra.history().series("x0"), rb.history().series("x0"));
        assertEquals(RunStatus.FINISHED, rb.manifest().status());
        Checkpoint ca = ra.readCheckpoint(100);
        Checkpoint cb = rb.readCheckpoint(100);
        assertEquals(ca.tensors(), cb.tensors());
        assertArrayEquals(ca.integers("rng"), cb.integers("rng"));
    }

    @Test
    void aDivergingRunFailsWithItsReasonAndKeepsItsCheckpoints() throws IOException {
        Path dir = tmp.resolve("diverging");
        NoisyQuadratic.Config bad = new NoisyQuadratic.Config(3.5, 0.0, 1);
        RunPlan longPlan = new RunPlan(5000, 5, 20, new CheckpointSchedule(CheckpointSchedule.Spacing.LINEAR, 11, 100));
        RunOutcome outcome = ExperimentRunner.start(dir, NoisyQuadratic.KIND, bad, longPlan, RunListener.NONE,
                ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(RunStatus.FAILED, outcome.status());
        assertTrue(outcome.message().contains("diverged at step"), outcome.message());
        ExperimentRun run = ExperimentRun.open(dir);
        assertEquals(RunStatus.FAILED, run.manifest().status());
        assertTrue(run.manifest().message().contains("x[0]"), run.manifest().message());
        assertTrue(run.checkpointSteps().length >= 2);
        long[] steps = run.checkpointSteps();
        assertTrue(run.isResumable(steps[steps.length - 1]));
    }

    @Test
    void foldersOfOtherToolsNewerFormatsAndMalformedFilesAreRefusedByName() throws IOException {
        Path alrnn = Files.createDirectory(tmp.resolve("alrnn"));
        Files.writeString(alrnn.resolve("run.json"), "{\"tool\": \"alrnn\", \"formatVersion\": 1}");
        RunFormatException other = assertThrows(RunFormatException.class, () -> ExperimentRun.open(alrnn));
        assertTrue(other.getMessage().contains("run of tool 'alrnn'"), other.getMessage());

        Path dir = tmp.resolve("run");
        runFresh(dir, RunListener.NONE, CancellationToken.NEVER);
        String manifest = Files.readString(dir.resolve("run.json"));
        Files.writeString(dir.resolve("run.json"), manifest.replace("\"formatVersion\" : 1", "\"formatVersion\" : 9"));
        RunFormatException newer = assertThrows(RunFormatException.class, () -> ExperimentRun.open(dir));
        assertTrue(newer.getMessage().contains("newer than this workbench"), newer.getMessage());
        Files.writeString(dir.resolve("run.json"), manifest);

        List<String> lines = Files.readAllLines(dir.resolve(ExperimentRun.METRICS));
        lines.set(3, "{\"step\": 15, \"loss\": \"lots\"}");
        Files.write(dir.resolve(ExperimentRun.METRICS), lines);
        RunFormatException metrics = assertThrows(RunFormatException.class, () -> ExperimentRun.open(dir).history());
        assertTrue(metrics.getMessage().contains("line 4") && metrics.getMessage().contains("'loss'"),
                metrics.getMessage());

        RunFormatException notEmpty = assertThrows(RunFormatException.class, () -> runFresh(dir, RunListener.NONE,
                CancellationToken.NEVER));
        assertTrue(notEmpty.getMessage().contains("not empty"), notEmpty.getMessage());

        Path unknownKind = tmp.resolve("unknown");
        runFresh(unknownKind, RunListener.NONE, CancellationToken.NEVER);
        RunFormatException kind = assertThrows(RunFormatException.class, () -> ExperimentRunner.resume(unknownKind,
                ExperimentKinds.of(List.of()), 0, RunListener.NONE, ProgressListener.NONE, CancellationToken.NEVER));
        assertTrue(kind.getMessage().contains("unknown experiment 'noisy-quadratic'"), kind.getMessage());
    }

    @Test
    void checkpointFilesAreValidatedAgainstTheirDeclaredShapes() throws IOException {
        Path dir = tmp.resolve("run");
        runFresh(dir, RunListener.NONE, CancellationToken.NEVER);
        ExperimentRun run = ExperimentRun.open(dir);
        Path meta = dir.resolve("checkpoints").resolve("step-000000100").resolve("checkpoint.json");
        Files.writeString(meta, Files.readString(meta).replace("[ 4, 1 ]", "[ 5, 1 ]"));
        IOException e = assertThrows(IOException.class, () -> run.readCheckpoint(100));
        assertTrue(e.getMessage().contains("x.npy") || e.getMessage().contains("shape"), e.getMessage());
    }
}
