package org.dynamicsworkbench.plugins.alrnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Several runs queued in the workbench, and tools that close and reopen while a run trains. */
class TrainingQueueTest {
    private final ManualTasksContext context = new ManualTasksContext();
    private final TrainingQueue queue = new TrainingQueue(1, Runnable::run);

    private AlRnnViewModel tool(Path sessionFolder, int epochs) {
        AlRnnViewModel vm = new AlRnnViewModel(context, queue);
        vm.restore(AlRnnState.defaults().withSetup(new TrainingSetup("Lorenz", 4, 1, ForcingMode.SPARSE, 8, 1.0, 1e-3,
                1e-4, epochs, 2, 2, 20, 3)), sessionFolder);
        return vm;
    }

    private static int lastEpoch(List<EpochRecord> records) {
        return records.isEmpty() ? 0 : records.get(records.size() - 1).epoch();
    }

    @Test
    void queuedRunsTrainOneAfterAnotherWhileTheToolFollowsTheFirst(@TempDir Path dir) throws Exception {
        AlRnnViewModel vm = tool(dir, 3);
        vm.train(dir.resolve("a"));
        vm.queueRun(dir.resolve("b"));
        vm.queueRun(dir.resolve("c"));
        assertEquals(1, context.pending(), "one run at a time");
        assertEquals(List.of("Train AL-RNN a: running", "Train AL-RNN b: queued", "Train AL-RNN c: queued"),
                queue.jobs().stream().map(j -> j.summary().replaceAll(" \\(.*", "")).toList());
        assertTrue(vm.trainingProperty().get());
        assertEquals("a", vm.stateProperty().get().run(), "queueing does not switch the tool to the new run");
        assertFalse(Files.exists(dir.resolve("b")), "a queued run's folder is made when it starts");

        context.runNext();
        assertEquals(3, lastEpoch(vm.recordsProperty().get()));
        assertFalse(vm.trainingProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Finished."), vm.messageProperty().get());
        assertEquals(1, context.pending(), "the next run started when the first ended");
        context.runNext();
        context.runNext();
        assertEquals(0, context.pending());
        assertEquals(List.of(), queue.jobs());
        for (String run : List.of("a", "b", "c")) {
            assertEquals(RunStatus.FINISHED, RunDirectory.open(dir.resolve(run)).manifest().status(), run);
        }
        assertEquals(List.of(), context.errors);
    }

    @Test
    void aFolderCannotBeQueuedTwiceAndAQueuedRunCanBeCancelled(@TempDir Path dir) {
        AlRnnViewModel vm = tool(dir, 2);
        vm.train(dir.resolve("a"));
        vm.queueRun(dir.resolve("a"));
        assertEquals(1, context.errors.size());
        assertTrue(context.errors.get(0).contains("is already running"), context.errors.get(0));

        vm.train(dir.resolve("b"));
        assertEquals("b", vm.stateProperty().get().run());
        assertTrue(vm.trainingProperty().get());
        vm.cancel();
        assertFalse(vm.trainingProperty().get());
        assertEquals(1, queue.jobs().size(), "the queued run left the queue");
        context.runNext();
        assertEquals(0, context.pending(), "the cancelled run never starts");
        assertFalse(Files.exists(dir.resolve("b")));
    }

    @Test
    void aReopenedToolFollowsTheRunningTaskAndCancelsIt(@TempDir Path dir) throws Exception {
        AlRnnViewModel first = tool(dir, 30);
        AlRnnViewModel[] second = new AlRnnViewModel[1];
        int[] closedAt = new int[1];
        first.recordsProperty().addListener((o, was, now) -> {
            if (lastEpoch(now) == 2 && second[0] == null) {
                AlRnnState saved = first.stateProperty().get();
                first.close();
                closedAt[0] = lastEpoch(first.recordsProperty().get());
                // the tab is opened again on the saved state while the run trains
                second[0] = new AlRnnViewModel(context, queue);
                second[0].restore(saved, dir);
                assertTrue(second[0].trainingProperty().get(), "follows the running task");
                assertEquals(2, lastEpoch(second[0].recordsProperty().get()));
                second[0].recordsProperty().addListener((o2, was2, now2) -> {
                    if (lastEpoch(now2) == 5) {
                        second[0].cancel();
                    }
                });
            }
        });
        first.train(dir.resolve("run"));
        context.runNext();
        assertEquals(2, closedAt[0]);
        assertEquals(2, lastEpoch(first.recordsProperty().get()), "a closed tool no longer updates");
        AlRnnViewModel reopened = second[0];
        assertFalse(reopened.trainingProperty().get());
        assertTrue(reopened.messageProperty().get().startsWith("Cancelled"), reopened.messageProperty().get());
        RunDirectory run = RunDirectory.open(dir.resolve("run"));
        assertEquals(RunStatus.CANCELLED, run.manifest().status());
        assertEquals(5, run.metrics().size(), "stopped at the batch after the cancel");
        assertEquals(List.of(), queue.jobs());
    }

    @Test
    void cancellingInTheTaskListEndsTheRunAndStartsTheNext(@TempDir Path dir) throws Exception {
        AlRnnViewModel vm = tool(dir, 30);
        vm.recordsProperty().addListener((o, was, now) -> {
            if (lastEpoch(now) == 3) {
                context.tasks.get(0).cancel();
            }
        });
        vm.train(dir.resolve("a"));
        vm.queueRun(dir.resolve("b"));
        context.runNext();
        assertFalse(vm.trainingProperty().get());
        assertEquals(RunStatus.CANCELLED, RunDirectory.open(dir.resolve("a")).manifest().status());
        assertEquals(1, context.pending(), "b started");
        assertEquals("Train AL-RNN b", context.tasks.get(1).title);
    }

    @Test
    void aFailedRunIsReportedAndTheQueueGoesOn(@TempDir Path dir) throws Exception {
        AlRnnViewModel vm = tool(dir, 2);
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/other.txt"), "not empty");
        vm.train(dir.resolve("a"));
        vm.queueRun(dir.resolve("b"));
        context.runNext();
        assertFalse(vm.trainingProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Training stopped:"), vm.messageProperty().get());
        assertEquals(1, context.errors.size(), context.errors.toString());
        context.runNext();
        assertEquals(RunStatus.FINISHED, RunDirectory.open(dir.resolve("b")).manifest().status());
    }
}
