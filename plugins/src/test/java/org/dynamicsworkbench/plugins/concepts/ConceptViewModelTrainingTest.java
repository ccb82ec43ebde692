package org.dynamicsworkbench.plugins.concepts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.concepts.ConceptConfig;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.testing.ControllableTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import org.dynamicsworkbench.render.figure.BarSeries;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Concept-space tool's view model training real (tiny) runs: "Train seeds" with two seeds of a small denoiser
 * trains both side by side into {@code seed=S} folders, shows them live, and once both have stopped reads them again
 * and shows their seed average (trajectories, learning times, speed) on a timeline over the common evaluation steps;
 * Cancel stops the seeds. Tasks run on the test's thread ({@link ControllableTasks}); live readings are handed over
 * directly.
 */
class ConceptViewModelTrainingTest {
    /** Narrow hidden layers, few samples per prompt, 150 steps (evaluations at 0, 50, 100, 150). */
    private static final ConceptSetup TINY = new ConceptSetup(tinyConfig(), 150, 2);

    @TempDir
    Path session;

    private ControllableTasks tasks;
    private RecordingContext context;
    private ConceptViewModel viewModel;

    private static ConceptConfig tinyConfig() {
        ConceptConfig d = ConceptConfig.defaults();
        return new ConceptConfig(d.sep1(), d.sep2(), d.s1(), d.s2(), d.nuisance(), 20, d.betaStart(), d.betaEnd(), 16,
                16, d.lr(), d.weightDecay(), 32, d.conditioning(), d.overpromptScale(), 8, 5);
    }

    @BeforeEach
    void open() throws Exception {
        tasks = new ControllableTasks();
        context = new RecordingContext(tasks, null);
        viewModel = new ConceptViewModel(context, Runnable::run, ExperimentKinds.builtin());
        viewModel.restore(ConceptState.defaults(), session);
        viewModel.setSetup(TINY);
    }

    private void settle() {
        for (int round = 0; round < 10 && !tasks.pending().isEmpty(); round++) {
            tasks.runPending();
        }
        assertEquals(List.of(), tasks.pending(), "tasks settle");
    }

    @Test
    void trainSeedsShowsTheSeedAverage() throws Exception {
        List<Integer> seedsShown = new ArrayList<>();
        viewModel.runsProperty().addListener((o, was, now) -> seedsShown.add(now.size()));
        List<Integer> analysedSeeds = new ArrayList<>();
        viewModel.analysisProperty().addListener((o, was, now) -> analysedSeeds.add(now == null ? 0 : now.seeds()));

        viewModel.train(session.resolve("seeds"));

        assertTrue(viewModel.trainingProperty().get());
        assertEquals(List.of("seeds/seed=5", "seeds/seed=6"), viewModel.stateProperty().get().runs(),
                "one folder per seed, session-relative, counting up from the setup's seed");
        assertEquals(2, tasks.pending().size(), "the seeds train side by side");
        tasks.pending().get(0).run();
        assertTrue(viewModel.trainingProperty().get(), "one seed still to go");
        assertEquals(1, viewModel.runsProperty().get().size(), "the first seed is shown while the other waits");
        assertNotNull(viewModel.analysisProperty().get(), "one seed that has evaluated is analysed alone");
        assertEquals(1, viewModel.analysisProperty().get().seeds());

        settle(); // the second seed, then the read of both folders

        assertFalse(viewModel.trainingProperty().get());
        assertEquals(1.0, viewModel.progressProperty().get());
        List<RunReading> runs = viewModel.runsProperty().get();
        assertEquals(List.of("seed=5", "seed=6"), runs.stream().map(RunReading::name).toList());
        for (RunReading run : runs) {
            assertEquals(RunStatus.FINISHED, run.manifest().status(), run.name());
        }
        assertTrue(seedsShown.contains(2), "both seeds were shown: " + seedsShown);
        ConceptAnalysis a = viewModel.analysisProperty().get();
        assertNotNull(a);
        assertEquals(2, a.seeds(), "the two seeds are averaged");
        assertTrue(analysedSeeds.contains(2), analysedSeeds.toString());
        assertArrayEquals(new long[] {0, 50, 100, 150}, a.steps(), "evaluations every 50 steps");
        assertArrayEquals(a.steps(), viewModel.timeline().axis().steps(), "the timeline runs over the evaluations");
        assertEquals(150, viewModel.timeline().currentStep(), "at the last evaluation");

        // the seed-average views the window shows
        Figure space = ConceptFigures.space(a, 150, ConceptFigures.SPACE_SIZE);
        LineSeries heldOut = (LineSeries) space.panels().get(0).seriesById("held-out");
        assertEquals(4, heldOut.data().size(), "the held-out prompt's mean trajectory has one point per evaluation");
        Figure coordinates = ConceptFigures.coordinates(a, 150, ConceptFigures.COORDINATES_SIZE);
        assertNotNull(coordinates.panelById("concept-1").seriesById("c1-naive-band"), "the seeds' spread as a band");
        Figure times = ConceptFigures.times(a, 150, ConceptFigures.TIMES_SIZE);
        assertNotNull((BarSeries) times.panels().get(0).seriesById("naive"));
        assertNotNull(ConceptFigures.speed(a, 150, ConceptFigures.SPEED_SIZE));
        assertTrue(context.errors.isEmpty(), context.errors.toString());
    }

    @Test
    void cancelStopsTheSeeds() throws Exception {
        viewModel.train(session.resolve("seeds"));
        viewModel.cancel();

        assertFalse(viewModel.trainingProperty().get());
        assertEquals("Cancelled; the runs keep their checkpoints.", viewModel.messageProperty().get());
        assertTrue(tasks.submitted().get(0).isCancelled() && tasks.submitted().get(1).isCancelled());
        tasks.submitted().get(0).run(); // a seed already under way sees the cancel at its next step
        assertEquals(RunStatus.CANCELLED, RunReading.open(session.resolve("seeds/seed=5")).manifest().status());
        assertFalse(viewModel.trainingProperty().get());
        assertNull(viewModel.analysisProperty().get(), "nothing was shown: the seed logged before the cancel only");
        assertTrue(context.errors.isEmpty(), context.errors.toString());
    }
}
