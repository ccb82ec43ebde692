package org.dynamicsworkbench.plugins.grokking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.analysis.learning.run.SweepGrid;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.testing.ControllableTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.HeatMapSeries;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Grokking tool's view model training real (tiny) runs: the Train command's live readings grow the curves and the
 * timeline as the runner logs scalars and writes checkpoints, Cancel stops the run with its checkpoints kept (the last
 * one shown), and a 2 x 2 sweep fills the phase diagram cell by cell. Tasks run on the test's thread
 * ({@link ControllableTasks}) and live readings are handed over directly, so every step is deterministic.
 */
class GrokkingViewModelTrainingTest {
    /** p 11, N 24, half the pairs for training, a brisk learning rate: 150 steps take well under a second. */
    private static final GrokkingSetup TINY = new GrokkingSetup(GrokkingSetup.CUSTOM, 11, 24, 0.5, 1e-2, 1.0, 0.9, 0.98,
            1e-8, 150, 0);

    @TempDir
    Path session;

    private ControllableTasks tasks;
    private RecordingContext context;
    private GrokkingViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        tasks = new ControllableTasks();
        context = new RecordingContext(tasks, null);
        viewModel = new GrokkingViewModel(context, Runnable::run, ExperimentKinds.builtin());
        viewModel.restore(GrokkingState.defaults(), session); // as the window does for a saved session
        viewModel.setSetup(TINY);
    }

    /** Runs tasks until none is pending (a finished task may submit the next: the read of a run, of a checkpoint). */
    private void settle() {
        for (int round = 0; round < 10 && !tasks.pending().isEmpty(); round++) {
            tasks.runPending();
        }
        assertEquals(List.of(), tasks.pending(), "tasks settle");
    }

    /** One live reading as the view model showed it: the loss points logged so far and the last step logged. */
    private record Seen(int lossPoints, long lastScalarStep) {
    }

    @Test
    void trainingShowsTheRunGrowingAndOpensItWhenFinished() throws IOException {
        List<Seen> seen = new ArrayList<>();
        viewModel.runsProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && now.get(0).seriesOrNull("train_loss") != null) {
                seen.add(new Seen(now.get(0).seriesOrNull("train_loss").size(), now.get(0).history().lastStep()));
            }
        });
        List<Integer> timelineSizes = new ArrayList<>();
        List<Long> timelineSteps = new ArrayList<>();
        viewModel.timeline().axisProperty().addListener((o, was, now) -> timelineSizes.add(now.size()));
        viewModel.timeline().currentStepProperty().addListener((o, was, now) -> timelineSteps.add(now.longValue()));
        Path dir = session.resolve("tiny");
        viewModel.train(dir);
        assertTrue(viewModel.trainingProperty().get());
        assertEquals(List.of(), viewModel.runsProperty().get());
        assertEquals("tiny", viewModel.stateProperty().get().run(), "the state names the run folder, session-relative");
        assertEquals(1, tasks.pending().size());

        tasks.pending().get(0).run();

        // live: the loss curve gained points step after step, the timeline checkpoint after checkpoint
        assertTrue(seen.size() > 10, "live readings: " + seen.size());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).lossPoints() >= seen.get(i - 1).lossPoints(), seen.toString());
        }
        for (int i = 1; i < timelineSizes.size(); i++) {
            assertEquals(timelineSizes.get(i - 1) + 1, timelineSizes.get(i), "one checkpoint at a time: " + timelineSizes);
        }
        Seen first = seen.get(0);
        Seen last = seen.get(seen.size() - 1);
        assertEquals(1, first.lossPoints(), "the first reading holds step 0's scalars alone");
        assertEquals(150, last.lastScalarStep());
        assertEquals(7, last.lossPoints(), "cheap scalars every 25 steps: 0, 25, ..., 150");
        long[] written = ExperimentRun.open(dir).checkpointSteps();
        assertEquals(written.length, viewModel.timeline().axis().size(), "every checkpoint reached the timeline");
        assertEquals(written.length, timelineSizes.get(timelineSizes.size() - 1));
        assertTrue(timelineSizes.size() > 10, "the timeline grew while training: " + timelineSizes);
        assertArrayEquals(written, timelineSteps.stream().mapToLong(Long::longValue).toArray(),
                "the timeline followed each new checkpoint while it showed the newest");

        // finished: the run is read again from its folder, with its final status
        assertFalse(viewModel.trainingProperty().get());
        assertEquals(1.0, viewModel.progressProperty().get());
        settle(); // the reading of the finished run, the checkpoint at the timeline's step
        RunReading shown = viewModel.runsProperty().get().get(0);
        assertEquals("tiny: finished at step 150; t_mem = " + Milestones.tMem(shown) + ", t_gen = "
                + GrokkingFigures.milestone(Milestones.tGen(shown)), viewModel.messageProperty().get());
        assertEquals(RunStatus.FINISHED, shown.manifest().status());
        assertArrayEquals(written, shown.checkpointSteps());
        assertArrayEquals(written, viewModel.timeline().axis().steps());
        assertEquals(150, viewModel.timeline().currentStep());
        assertEquals("java", viewModel.backendProperty().get());
        assertTrue(context.statuses.contains("Grokking: backend java"), context.statuses.toString());
        Checkpoint c = viewModel.checkpointProperty().get();
        assertNotNull(c);
        assertEquals(150, c.step());
        assertEquals(11, c.tensor("test_grid").rows());
        long tMem = Milestones.tMem(shown);
        assertTrue(tMem > 0 && tMem <= 150, "a tiny run memorises its half: t_mem = " + tMem);

        // the figures of the live run are the ones the window shows
        Figure curves = GrokkingFigures.curves(viewModel.runsProperty().get(), 150, 0.6, GrokkingFigures.CURVES_SIZE);
        assertNotNull(curves.panelById("loss").seriesById("loss-step"));
        assertTrue(context.errors.isEmpty(), context.errors.toString());
    }

    @Test
    void cancelStopsTrainingAndKeepsTheCheckpointOfTheStepItStoppedAt() throws IOException {
        Path dir = session.resolve("cancelled");
        viewModel.runsProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && now.get(0).history().lastStep() >= 50 && viewModel.trainingProperty().get()) {
                viewModel.cancel(); // as the user pressing Cancel while step 50's curves are on screen
            }
        });
        viewModel.train(dir);
        ControllableTasks.Task<?> training = tasks.pending().get(0);
        training.run();

        assertTrue(training.isCancelled());
        assertFalse(viewModel.trainingProperty().get());
        assertEquals("Cancelled; the run keeps its checkpoints.", viewModel.messageProperty().get());
        ExperimentRun run = ExperimentRun.open(dir);
        assertEquals(RunStatus.CANCELLED, run.manifest().status());
        long[] written = run.checkpointSteps();
        long stoppedAt = written[written.length - 1];
        assertTrue(stoppedAt >= 50 && stoppedAt < 150, "stopped at step " + stoppedAt);
        assertTrue(run.isResumable(stoppedAt), "the newest checkpoint keeps the optimiser state for 'resume'");
        assertFalse(run.isResumable(written[0]), "older checkpoints shed the optimiser moments");
        assertEquals(stoppedAt, run.history().lastStep(), "no scalars after the step it stopped at");
        // the checkpoint written on cancel reached the timeline
        assertArrayEquals(written, viewModel.timeline().axis().steps());
        assertEquals(stoppedAt, viewModel.timeline().currentStep());
        settle();
        assertEquals(stoppedAt, viewModel.checkpointProperty().get().step());
        assertTrue(context.errors.isEmpty(), context.errors.toString());
    }

    @Test
    void aSweepOfFourTinyRunsFillsThePhaseDiagram() throws IOException {
        // N 64, lr 2e-2: with strong weight decay and most pairs for training the net generalises within 150
        // steps (seed 0); with none, or with few training pairs, it does not
        viewModel.setSetup(new GrokkingSetup(GrokkingSetup.CUSTOM, 11, 64, 0.5, 2e-2, 1.0, 0.9, 0.98, 1e-8, 150, 0));
        Path dir = session.resolve("sweep");
        Files.createDirectory(dir);
        SweepGrid grid = new SweepGrid(List.of(SweepGrid.Axis.parse("wd=0,3"), SweepGrid.Axis.parse("frac=0.3,0.8")));
        viewModel.launchSweep(dir, grid);
        assertEquals("sweep", viewModel.stateProperty().get().sweep());
        List<ControllableTasks.Task<?>> runs = tasks.pending();
        assertEquals(4, runs.size());

        runs.get(0).run();
        SweepReading partial = viewModel.sweepProperty().get();
        assertEquals(1, partial.doneCount());
        assertEquals("Sweep: 1 of 4 runs done", viewModel.messageProperty().get());
        for (int i = 1; i < runs.size(); i++) {
            runs.get(i).run();
        }

        SweepReading sweep = viewModel.sweepProperty().get();
        assertEquals("Sweep: 4 of 4 runs done", viewModel.messageProperty().get());
        assertEquals("wd", sweep.rowKey());
        assertEquals("frac", sweep.columnKey());
        assertArrayEquals(new double[] {0, 3}, sweep.rowValues());
        assertArrayEquals(new double[] {0.3, 0.8}, sweep.columnValues());
        assertEquals(4, sweep.doneCount());
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                SweepReading.Cell cell = sweep.cell(j, i);
                String name = "wd=" + (j == 0 ? "0" : "3") + ",frac=" + (i == 0 ? "0.3" : "0.8");
                RunReading run = RunReading.open(dir.resolve(name));
                assertEquals(RunStatus.FINISHED, run.manifest().status(), name);
                assertEquals(Milestones.tGen(run), cell.tGen(), name);
                assertEquals(j == 0 ? 0.0 : 3.0, run.config().get("wd").asDouble(), name);
                assertEquals(i == 0 ? 0.3 : 0.8, run.config().get("frac").asDouble(), name);
            }
        }
        assertTrue(sweep.cell(0, 0).never() && sweep.cell(0, 1).never() && sweep.cell(1, 0).never(),
                "without weight decay, or with 30% of the pairs, 150 steps do not generalise");
        long tGen = sweep.cell(1, 1).tGen();
        assertTrue(tGen > 0 && tGen <= 150, "wd 3, frac 0.8 generalises: t_gen = " + tGen);

        Figure phase = GrokkingFigures.phase(sweep, GrokkingFigures.PHASE_SIZE);
        HeatMapSeries cells = (HeatMapSeries) phase.panels().get(0).seriesById("tgen");
        double[] values = cells.grid().values();
        assertTrue(Double.isNaN(values[0]) && Double.isNaN(values[1]) && Double.isNaN(values[2]));
        assertEquals(Math.log10(tGen), values[3], 1e-12, "the one cell that generalised, coloured by log10 t_gen");
        ScatterSeries never = (ScatterSeries) phase.panels().get(0).seriesById("never");
        assertEquals(3, never.data().size(), "the three runs that never generalised are marked");
        assertTrue(phase.title().contains("4 of 4 runs done"), phase.title());
        assertTrue(context.errors.isEmpty(), context.errors.toString());
    }
}
