package org.dynamicsworkbench.plugins.grokking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.plugins.runs.QueuedUi;
import org.dynamicsworkbench.plugins.runs.RunElsewhere;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.testing.ControllableTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Grokking tool (re)opened on a run that something else still trains (here a thread of the test, as a detached task
 * or a command-line {@code train} would) follows it: curves and timeline grow, the final status arrives, and the
 * polling stops then, or when the tool closes.
 */
class GrokkingFollowTest {
    private static final GrokkingSetup TINY = new GrokkingSetup(GrokkingSetup.CUSTOM, 11, 24, 0.5, 1e-2, 1.0, 0.9, 0.98,
            1e-8, 120, 0);
    private static final RunPlan PLAN = new RunPlan(120, 1, 20,
            new CheckpointSchedule(CheckpointSchedule.Spacing.LINEAR, 7, 1));
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path session;

    private ControllableTasks tasks;
    private QueuedUi ui;
    private GrokkingViewModel viewModel;

    @BeforeEach
    void open() {
        tasks = new ControllableTasks();
        ui = new QueuedUi();
        viewModel = new GrokkingViewModel(new RecordingContext(tasks, null), ui, ExperimentKinds.builtin(),
                Duration.ofMillis(30));
    }

    @Test
    void aReopenedToolFollowsTheRunUntilItFinishes() throws Exception {
        Path dir = session.resolve("elsewhere");
        try (RunElsewhere run = RunElsewhere.start(dir, ExperimentKinds.builtin().byName("grokking"),
                TINY.toConfig(), PLAN, 150)) {
            run.awaitCheckpoints(1);
            List<Integer> losses = new ArrayList<>();
            List<Integer> axis = new ArrayList<>();
            viewModel.runsProperty().addListener((o, was, now) -> losses.add(now.isEmpty() ? 0
                    : now.get(0).seriesOrNull("train_loss") == null ? 0 : now.get(0).seriesOrNull("train_loss").size()));
            viewModel.timeline().axisProperty().addListener((o, was, now) -> axis.add(now.size()));

            viewModel.restore(GrokkingState.defaults().withRun("elsewhere"), session);
            assertEquals(RunStatus.RUNNING, viewModel.runsProperty().get().get(0).manifest().status());
            assertTrue(viewModel.isFollowing(), "a running run that this tool does not train is followed");

            ui.pumpUntil(tasks, () -> !viewModel.isFollowing(), TIMEOUT, "the follower lets go");

            assertEquals(RunStatus.FINISHED, run.outcome().status());
            RunReading shown = viewModel.runsProperty().get().get(0);
            ExperimentRun onDisk = ExperimentRun.open(dir);
            assertEquals(RunStatus.FINISHED, shown.manifest().status(), "the final status arrived");
            assertEquals(onDisk.history().series("train_loss").size(), shown.seriesOrNull("train_loss").size());
            assertArrayEquals(onDisk.checkpointSteps(), viewModel.timeline().axis().steps());
            assertEquals(120, viewModel.timeline().currentStep(), "the timeline followed the newest checkpoint");
            assertTrue(losses.stream().distinct().count() >= 3, "the curves grew several times: " + losses);
            assertTrue(axis.stream().distinct().count() >= 3, "the timeline grew several times: " + axis);
            for (int i = 1; i < losses.size(); i++) {
                assertTrue(losses.get(i) >= losses.get(i - 1), "the curves only grow: " + losses);
            }
            assertTrue(viewModel.messageProperty().get().contains("finished"), viewModel.messageProperty().get());
        }
    }

    @Test
    void closingStopsThePolling() throws Exception {
        Path dir = session.resolve("elsewhere");
        try (RunElsewhere run = RunElsewhere.start(dir, ExperimentKinds.builtin().byName("grokking"),
                TINY.toConfig(), PLAN, 400)) {
            run.awaitCheckpoints(1);
            viewModel.restore(GrokkingState.defaults().withRun("elsewhere"), session);
            long pumped = System.nanoTime() + Duration.ofMillis(200).toNanos();
            ui.pumpUntil(tasks, () -> System.nanoTime() > pumped, TIMEOUT, "a few polls were made");
            assertTrue(viewModel.isFollowing());

            viewModel.close();

            assertFalse(viewModel.isFollowing());
            int after = tasks.submitted().size();
            Thread.sleep(200); // several polling intervals
            ui.drain();
            tasks.runPending();
            assertEquals(after, tasks.submitted().size(), "no poll after closing");
            assertFalse(run.isDone(), "the run itself goes on");
        }
    }
}
