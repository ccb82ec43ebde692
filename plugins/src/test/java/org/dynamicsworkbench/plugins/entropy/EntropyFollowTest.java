package org.dynamicsworkbench.plugins.entropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyConfig;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyMode;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.plugins.runs.QueuedUi;
import org.dynamicsworkbench.plugins.runs.RunElsewhere;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.testing.ControllableTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Entropy-collapse tool opening a run that something else still trains follows it until it finishes. */
class EntropyFollowTest {
    private static final long STEPS = 160;

    @TempDir
    Path session;

    @Test
    void anOpenedRunThatTrainsElsewhereIsFollowedUntilItFinishes() throws Exception {
        ControllableTasks tasks = new ControllableTasks();
        QueuedUi ui = new QueuedUi();
        EntropyViewModel viewModel = new EntropyViewModel(new RecordingContext(tasks, null), ui,
                ExperimentKinds.builtin(), Duration.ofMillis(30));
        viewModel.restore(EntropyState.defaults(), session);
        Path dir = session.resolve("elsewhere");
        RunPlan plan = new RunPlan(STEPS, 1, 10, new CheckpointSchedule(CheckpointSchedule.Spacing.LINEAR, 6, 1));
        try (RunElsewhere run = RunElsewhere.start(dir, ExperimentKinds.builtin().byName("entropy"),
                EntropyConfig.defaults(EntropyMode.VANILLA).toJson(), plan, 150)) {
            run.awaitCheckpoints(1);
            List<Integer> axis = new ArrayList<>();
            viewModel.timeline().axisProperty().addListener((o, was, now) -> axis.add(now.size()));

            viewModel.openRun(dir);
            ui.pumpUntil(tasks, () -> !viewModel.runsProperty().get().isEmpty(), Duration.ofSeconds(30), "shown");
            assertTrue(viewModel.isFollowing(), "a running run that this tool does not train is followed");
            ui.pumpUntil(tasks, () -> !viewModel.isFollowing(), Duration.ofSeconds(60), "the follower lets go");

            assertEquals(RunStatus.FINISHED, run.outcome().status());
            RunReading shown = viewModel.runsProperty().get().get(0);
            assertEquals(RunStatus.FINISHED, shown.manifest().status(), "the final status arrived");
            assertEquals(ExperimentRun.open(dir).history().series("entropy_train").size(),
                    shown.seriesOrNull("entropy_train").size());
            assertEquals(STEPS + 1, viewModel.timeline().axis().size());
            assertEquals(STEPS, viewModel.timeline().currentStep(), "the timeline followed the newest step");
            assertTrue(axis.stream().distinct().count() >= 3, "the timeline grew several times: " + axis);
            assertEquals(List.of("elsewhere"), viewModel.stateProperty().get().runs());

            viewModel.close();
            assertFalse(viewModel.isFollowing());
        }
    }
}
