package org.dynamicsworkbench.plugins.alrnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.analysis.alrnn.run.RunDirectory;
import org.dynamicsworkbench.analysis.alrnn.run.RunStatus;
import org.dynamicsworkbench.analysis.alrnn.train.EpochRecord;
import org.dynamicsworkbench.analysis.alrnn.train.ForcingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model without a display: tasks run synchronously, UI updates on the calling thread. */
class AlRnnViewModelTest {
    static final Path SAMPLE_RUN = Path.of("").toAbsolutePath().getParent().resolve("sample-sessions/data/lorenz-alrnn");

    private static TrainingSetup tiny(int epochs) {
        return new TrainingSetup("Lorenz", 4, 1, ForcingMode.SPARSE, 8, 1.0, 1e-3, 1e-4, epochs, 2, 2, 20, 3);
    }

    @Test
    void trainingATinyModelWritesMetricsAndACheckpoint(@TempDir Path dir) throws Exception {
        SynchronousContext context = new SynchronousContext();
        AlRnnViewModel vm = new AlRnnViewModel(context, new TrainingQueue(1, Runnable::run));
        vm.stateProperty().set(vm.stateProperty().get().withSetup(tiny(2)));
        Path run = dir.resolve("run");
        vm.restore(vm.stateProperty().get(), dir);
        vm.train(run);
        assertEquals(List.of(), context.errors);
        List<EpochRecord> records = vm.recordsProperty().get();
        assertEquals(List.of(1, 2), records.stream().map(EpochRecord::epoch).toList());
        assertTrue(records.get(1).evaluation() != null, "metrics at the checkpoint");
        RunDirectory written = RunDirectory.open(run);
        assertEquals(RunStatus.FINISHED, written.manifest().status());
        assertEquals(List.of(1, 2), written.checkpointEpochs());
        assertTrue(Files.size(run.resolve(RunDirectory.METRICS)) > 0);
        assertNotNull(vm.readingProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertFalse(vm.trainingProperty().get());
        assertEquals("run", vm.stateProperty().get().run(), "the run is written relative to the session folder");
    }

    @Test
    void cancelStopsTrainingAndKeepsTheCheckpoints(@TempDir Path dir) throws Exception {
        SynchronousContext context = new SynchronousContext();
        AlRnnViewModel vm = new AlRnnViewModel(context, new TrainingQueue(1, Runnable::run));
        vm.stateProperty().set(vm.stateProperty().get().withSetup(tiny(20)));
        vm.recordsProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && now.get(now.size() - 1).epoch() == 3) {
                vm.cancel();
            }
        });
        Path run = dir.resolve("run");
        vm.train(run);
        assertFalse(vm.trainingProperty().get());
        RunDirectory written = RunDirectory.open(run);
        assertEquals(RunStatus.CANCELLED, written.manifest().status());
        int last = written.checkpointEpochs().get(written.checkpointEpochs().size() - 1);
        assertTrue(last >= 3 && last < 20, "stopped early at epoch " + last);

        vm.resume(run);
        assertEquals(RunStatus.FINISHED, RunDirectory.open(run).manifest().status());
        assertEquals(20, vm.recordsProperty().get().get(vm.recordsProperty().get().size() - 1).epoch());
    }

    @Test
    void readingTheSampleRunFindsItsRegionsAndFixedPoints() {
        SynchronousContext context = new SynchronousContext();
        AlRnnViewModel vm = new AlRnnViewModel(context, new TrainingQueue(1, Runnable::run));
        vm.openRun(SAMPLE_RUN);
        assertEquals(List.of(), context.errors);
        ModelReading reading = vm.readingProperty().get();
        assertEquals(125, reading.epoch());
        assertEquals(3, reading.code().visited().length);
        assertEquals(4, reading.fixedPoints().size());
        assertEquals(AlRnnState.DEFAULT_FREE_RUN_STEPS, reading.steps());
        assertEquals(2000, reading.metrics().get(reading.metrics().size() - 1).epoch());
        assertTrue(vm.messageProperty().get().contains("3 of 4 regions visited, 4 fixed points"), vm.messageProperty().get());
    }
}
