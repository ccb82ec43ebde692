package org.dynamicsworkbench.plugins.lazyrich;

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
import org.dynamicsworkbench.plugins.testing.ControllableTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lazy-to-rich tool opening a run that something else still trains follows it until it finishes. */
class LazyRichFollowTest {
    private static final long STEPS = 300;

    @TempDir
    Path session;

    @Test
    void anOpenedRunThatTrainsElsewhereIsFollowedUntilItFinishes() throws Exception {
        ControllableTasks tasks = new ControllableTasks();
        QueuedUi ui = new QueuedUi();
        LazyRichViewModel viewModel = new LazyRichViewModel(new RecordingContext(tasks, null), ui,
                Duration.ofMillis(30));
        viewModel.restore(LazyRichState.defaults(), session);
        Path dir = session.resolve("elsewhere");
        RunPlan plan = new RunPlan(STEPS, 1, 10, new CheckpointSchedule(CheckpointSchedule.Spacing.LINEAR, 7, 1));
        try (RunElsewhere run = RunElsewhere.start(dir, ExperimentKinds.builtin().byName("lazy-rich"),
                LazyRichRunFixture.config(4).toJson(), plan, 150)) {
            run.awaitCheckpoints(1);
            List<Integer> axis = new ArrayList<>();
            viewModel.timeline().axisProperty().addListener((o, was, now) -> axis.add(now.size()));

            viewModel.openRun(dir);
            ui.pumpUntil(tasks, () -> !viewModel.runsProperty().get().isEmpty(), Duration.ofSeconds(30), "shown");
            assertTrue(viewModel.isFollowing(), "a running run that this tool does not train is followed");
            ui.pumpUntil(tasks, () -> !viewModel.isFollowing(), Duration.ofSeconds(60), "the follower lets go");

            assertEquals(RunStatus.FINISHED, run.outcome().status());
            LazyRichRun shown = viewModel.runsProperty().get().get(0);
            ExperimentRun onDisk = ExperimentRun.open(dir);
            assertEquals(RunStatus.FINISHED, shown.manifest().status(), "the final status arrived");
            assertEquals(onDisk.history().series("test_loss").size(), shown.seriesOrNull("test_loss").size());
            assertArrayEquals(onDisk.checkpointSteps(), viewModel.timeline().axis().steps());
            assertEquals(STEPS, viewModel.timeline().currentStep(), "the timeline followed the newest checkpoint");
            assertTrue(axis.stream().distinct().count() >= 3, "the timeline grew several times: " + axis);
            assertTrue(viewModel.summaryProperty().get().contains("delay ratio"), viewModel.summaryProperty().get());

            viewModel.close();
            assertFalse(viewModel.isFollowing());
        }
    }
}
