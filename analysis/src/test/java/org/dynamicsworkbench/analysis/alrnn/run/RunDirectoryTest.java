package org.dynamicsworkbench.analysis.alrnn.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dynamicsworkbench.analysis.alrnn.train.DivergedTrainingException;
import org.dynamicsworkbench.analysis.alrnn.train.EpochRecord;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingConfig;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
    private static final DataSource LORENZ = DataSource.system("Lorenz", 0.01, 1500, 200, "rk4");

    private static TrainingConfig config() {
        return TrainingConfig.builder().latent(8).piecewise(2).tau(5).epochs(6).batchesPerEpoch(4).seqLen(20)
                .batch(4).checkpointInterval(2).evalLength(400).seed(99).build();
    }

    private static RunDirectory create(Path dir, TrainingConfig config) throws Exception {
        return RunDirectory.create(dir, new RunManifest(config, LORENZ, 3, RunStatus.RUNNING));
    }

    @Test
    void aResumedRunEndsWithExactlyTheParametersOfAnUninterruptedOne(@TempDir Path tmp) throws Exception {
        RunDirectory whole = create(tmp.resolve("whole"), config());
        AlRnnRun.train(whole, Integer.MAX_VALUE, (r, t) -> { }, CancellationToken.NEVER);

        RunDirectory killed = create(tmp.resolve("killed"), config());
        AlRnnRun.train(killed, 3, (r, t) -> { }, CancellationToken.NEVER);
        // "killed" after epoch 3: epoch 3's metrics line is written but its last checkpoint is epoch 2.
        assertEquals(2, killed.latestCheckpoint().orElseThrow().epoch());
        assertEquals(3, killed.metrics().size());
        RunDirectory reopened = RunDirectory.open(tmp.resolve("killed"));
        AlRnnRun.train(reopened, Integer.MAX_VALUE, (r, t) -> { }, CancellationToken.NEVER);

        Checkpoint a = whole.latestCheckpoint().orElseThrow();
        Checkpoint b = reopened.latestCheckpoint().orElseThrow();
        assertEquals(6, a.epoch());
        assertArrayEquals(a.state().theta(), b.state().theta(), 0.0, "bitwise equal parameters");
        assertArrayEquals(a.state().adamV(), b.state().adamV(), 0.0);
        assertEquals(a.state().randomState(), b.state().randomState());
        List<EpochRecord> ma = whole.metrics();
        List<EpochRecord> mb = reopened.metrics();
        assertEquals(ma, mb, "the metrics file is the same, with no duplicated epochs");
        assertEquals(RunStatus.FINISHED, RunDirectory.open(tmp.resolve("killed")).manifest().status());
        assertTrue(whole.checkpointEpochs().size() <= 2, "only latest and best are kept");
        assertTrue(whole.checkpointEpochs().contains(6));
    }

    @Test
    void foreignAndNewerRunsAreRefused(@TempDir Path tmp) throws Exception {
        Path foreign = Files.createDirectory(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("run.json"), "{\"tool\": \"koopman\", \"formatVersion\": 1}");
        RunFormatException e = assertThrows(RunFormatException.class, () -> RunDirectory.open(foreign));
        assertTrue(e.getMessage().contains("tool 'koopman'"), e.getMessage());

        RunDirectory run = create(tmp.resolve("newer"), config());
        Path manifest = run.path().resolve("run.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"formatVersion\" : 1", "\"formatVersion\" : 7"));
        e = assertThrows(RunFormatException.class, () -> RunDirectory.open(run.path()));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());

        assertThrows(RunFormatException.class, () -> RunDirectory.open(tmp.resolve("missing")));
        assertThrows(RunFormatException.class, () -> create(run.path(), config()), "not empty");
    }

    @Test
    void aDivergingRunStopsAndKeepsItsLastGoodCheckpoint(@TempDir Path tmp) throws Exception {
        TrainingConfig stable = config();
        RunDirectory run = create(tmp.resolve("run"), stable);
        AlRnnRun.train(run, 2, (r, t) -> { }, CancellationToken.NEVER);
        Checkpoint good = run.latestCheckpoint().orElseThrow();
        // Same run with an absurd learning rate from epoch 3 on: rewrite the manifest's learning rates.
        Path manifest = run.path().resolve("run.json");
        String json = Files.readString(manifest);
        Files.writeString(manifest, json.replace("\"lrStart\" : 0.001", "\"lrStart\" : 1.0E9")
                .replace("\"lrEnd\" : 1.0E-5", "\"lrEnd\" : 1.0E9"));
        RunDirectory reopened = RunDirectory.open(run.path());
        assertThrows(DivergedTrainingException.class,
                () -> AlRnnRun.train(reopened, Integer.MAX_VALUE, (r, t) -> { }, CancellationToken.NEVER));
        RunDirectory after = RunDirectory.open(run.path());
        assertEquals(RunStatus.DIVERGED, after.manifest().status());
        assertArrayEquals(good.state().theta(), after.latestCheckpoint().orElseThrow().state().theta(), 0.0);
        try (var files = Files.list(run.path().resolve("checkpoints"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary folder left");
        }
    }
}
