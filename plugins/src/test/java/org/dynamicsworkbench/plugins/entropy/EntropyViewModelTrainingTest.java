package org.dynamicsworkbench.plugins.entropy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyConfig;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyMode;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.testing.ControllableTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import org.dynamicsworkbench.render.figure.Figure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Entropy-collapse tool's view model training real (tiny) runs: "Run all modes" trains vanilla, Clip-Cov and
 * KL-Cov side by side into one folder each, their curves and the timeline grow as the runner logs, the finished runs
 * are read again from their folders, and Cancel stops the runs with their checkpoints kept. Tasks run on the test's
 * thread ({@link ControllableTasks}) and live readings are handed over directly, so every step is deterministic.
 */
class EntropyViewModelTrainingTest {
    /** The toy defaults for 40 steps (scalars every step): a fraction of a second per run. */
    private static final long STEPS = 40;

    @TempDir
    Path session;

    private ControllableTasks tasks;
    private RecordingContext context;
    private EntropyViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        tasks = new ControllableTasks();
        context = new RecordingContext(tasks, null);
        viewModel = new EntropyViewModel(context, Runnable::run, ExperimentKinds.builtin());
        viewModel.restore(EntropyState.defaults(), session);
        viewModel.setSetup(new EntropySetup(EntropyConfig.defaults(EntropyMode.VANILLA), STEPS));
    }

    private void settle() {
        for (int round = 0; round < 10 && !tasks.pending().isEmpty(); round++) {
            tasks.runPending();
        }
        assertEquals(List.of(), tasks.pending(), "tasks settle");
    }

    @Test
    void runAllModesTrainsThreeRunsSideBySideAndShowsThemGrowing() throws IOException {
        List<List<Integer>> seen = new ArrayList<>(); // the entropy points of each run shown, reading after reading
        viewModel.runsProperty().addListener((o, was, now) -> {
            List<Integer> sizes = new ArrayList<>();
            for (RunReading r : now) {
                sizes.add(r.seriesOrNull("entropy_train") == null ? 0 : r.seriesOrNull("entropy_train").size());
            }
            seen.add(sizes);
        });
        List<Integer> timelineSizes = new ArrayList<>();
        viewModel.timeline().axisProperty().addListener((o, was, now) -> timelineSizes.add(now.size()));

        viewModel.trainAllModes(session.resolve("modes"));

        assertTrue(viewModel.trainingProperty().get());
        assertEquals(List.of("modes/vanilla", "modes/clip-cov", "modes/kl-cov"), viewModel.stateProperty().get().runs(),
                "the state names the three folders, session-relative, vanilla first");
        assertEquals(3, tasks.pending().size(), "one task per mode");

        tasks.pending().get(0).run(); // vanilla trains to the end
        assertTrue(context.errors.isEmpty(), context.errors + " " + viewModel.messageProperty().get());
        assertTrue(viewModel.trainingProperty().get(), "two runs still to go");
        assertEquals(1, viewModel.runsProperty().get().size());
        assertEquals(List.of((int) STEPS + 1), seen.get(seen.size() - 1).subList(0, 1));
        for (int i = 1; i < timelineSizes.size(); i++) {
            assertTrue(timelineSizes.get(i) >= timelineSizes.get(i - 1), "the timeline only grows: " + timelineSizes);
        }
        assertTrue(timelineSizes.size() > 10, "the timeline grew step by step: " + timelineSizes);
        assertEquals(STEPS, viewModel.timeline().currentStep(), "the timeline followed the newest step");

        tasks.pending().get(0).run(); // clip-cov (the read of the finished vanilla run waits its turn)
        settle();

        assertFalse(viewModel.trainingProperty().get());
        assertEquals(1.0, viewModel.progressProperty().get());
        List<RunReading> runs = viewModel.runsProperty().get();
        assertEquals(List.of("vanilla", "clip-cov", "kl-cov"), runs.stream().map(RunReading::name).toList());
        for (RunReading run : runs) {
            assertEquals(RunStatus.FINISHED, run.manifest().status(), run.name());
            assertEquals(STEPS + 1, run.seriesOrNull("entropy_train").size(), run.name());
            assertArrayEquals(ExperimentRun.open(run.folder()).checkpointSteps(), run.checkpointSteps(), run.name());
        }
        assertEquals("clip-cov", runs.get(1).config().get("mode").asText());
        assertEquals(runs.get(0).config().get("seed"), runs.get(2).config().get("seed"), "the same seed for all modes");
        assertEquals(2, viewModel.overlayTimelines().size(), "the overlays' timelines are linked to the primary's");
        assertTrue(seen.stream().anyMatch(s -> s.size() == 2 && s.get(1) > 0 && s.get(1) <= STEPS),
                "the second run was shown while it trained: " + seen);

        // the figures the window shows are drawn from the three runs
        Figure curves = EntropyFigures.curves(runs, STEPS, 0.6, EntropyFigures.CURVES_SIZE);
        assertNotNull(curves.panelById("entropy").seriesById("entropy-2"), "kl-cov's entropy curve");
        assertTrue(context.errors.isEmpty(), context.errors.toString());
    }

    @Test
    void cancelStopsTheRunsAndKeepsTheirCheckpoints() throws IOException {
        viewModel.trainAllModes(session.resolve("modes"));
        assertEquals(3, tasks.pending().size());
        tasks.pending().get(0).run(); // vanilla finishes, the others have not started

        viewModel.cancel();

        assertFalse(viewModel.trainingProperty().get());
        assertEquals("Cancelled; the runs keep their checkpoints.", viewModel.messageProperty().get());
        assertTrue(tasks.submitted().get(1).isCancelled() && tasks.submitted().get(2).isCancelled(),
                "the modes still to train are cancelled");
        tasks.submitted().get(1).run(); // a run already under way sees the cancel at its next step
        RunReading clip = RunReading.open(session.resolve("modes/clip-cov"));
        assertEquals(RunStatus.CANCELLED, clip.manifest().status());
        assertTrue(clip.checkpointSteps().length >= 1, "a cancelled run keeps a checkpoint where it stopped");
        assertFalse(viewModel.trainingProperty().get(), "a late outcome does not restart the training state");
        settle();
        assertTrue(context.errors.isEmpty(), context.errors.toString());

        viewModel.train(session.resolve("again")); // the tool trains again after a cancel
        assertTrue(viewModel.trainingProperty().get());
        settle();
        assertFalse(viewModel.trainingProperty().get());
        assertEquals(List.of("again"), viewModel.runsProperty().get().stream().map(RunReading::name).toList());
    }
}
