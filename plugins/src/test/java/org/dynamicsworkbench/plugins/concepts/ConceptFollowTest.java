package org.dynamicsworkbench.plugins.concepts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.concepts.ConceptConfig;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.plugins.runs.QueuedUi;
import org.dynamicsworkbench.plugins.runs.RunElsewhere;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.testing.ControllableTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Concept-space tool opening a run that something else still trains follows it until it finishes. */
class ConceptFollowTest {
    @TempDir
    Path session;

    private static ConceptConfig tinyConfig() {
        ConceptConfig d = ConceptConfig.defaults();
        return new ConceptConfig(d.sep1(), d.sep2(), d.s1(), d.s2(), d.nuisance(), 20, d.betaStart(), d.betaEnd(), 16,
                16, d.lr(), d.weightDecay(), 32, d.conditioning(), d.overpromptScale(), 8, 5);
    }

    @Test
    void anOpenedRunThatTrainsElsewhereIsFollowedUntilItFinishes() throws Exception {
        ControllableTasks tasks = new ControllableTasks();
        QueuedUi ui = new QueuedUi();
        ConceptViewModel viewModel = new ConceptViewModel(new RecordingContext(tasks, null), ui,
                ExperimentKinds.builtin(), Duration.ofMillis(30));
        viewModel.restore(ConceptState.defaults(), session);
        Path dir = session.resolve("elsewhere");
        RunPlan plan = new RunPlan(150, 5, 25, new CheckpointSchedule(CheckpointSchedule.Spacing.LINEAR, 6, 1));
        try (RunElsewhere run = RunElsewhere.start(dir, ExperimentKinds.builtin().byName("concepts"),
                tinyConfig().toJson(), plan, 150)) {
            run.awaitCheckpoints(1);
            List<Integer> axis = new ArrayList<>();
            viewModel.timeline().axisProperty().addListener((o, was, now) -> axis.add(now.size()));

            viewModel.open(dir);
            ui.pumpUntil(tasks, () -> !viewModel.runsProperty().get().isEmpty(), Duration.ofSeconds(30), "shown");
            assertTrue(viewModel.isFollowing(), "a running run that this tool does not train is followed");
            ui.pumpUntil(tasks, () -> !viewModel.isFollowing(), Duration.ofSeconds(60), "the follower lets go");

            assertEquals(RunStatus.FINISHED, run.outcome().status());
            RunReading shown = viewModel.runsProperty().get().get(0);
            assertEquals(RunStatus.FINISHED, shown.manifest().status(), "the final status arrived");
            assertArrayEquals(RunReading.open(dir).history().series(shown.history().names().get(0)).steps(),
                    shown.history().series(shown.history().names().get(0)).steps(), "every scalar on disk is shown");
            assertNotNull(viewModel.analysisProperty().get(), "the analysis of the finished run");
            assertEquals(viewModel.analysisProperty().get().steps().length, viewModel.timeline().axis().size());
            assertTrue(axis.stream().distinct().count() >= 3, "the timeline grew several times: " + axis);

            viewModel.close();
            assertFalse(viewModel.isFollowing());
        }
    }
}
