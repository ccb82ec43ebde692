package org.dynamicsworkbench.plugins.lazyrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichConfig;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.plugins.testing.ExecutorTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import org.dynamicsworkbench.render.figure.BarSeries;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.fx.FigureView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Lazy-to-rich tool in a real window (xvfb-run): real tiny runs (D = 6, P = 30, N = 12; alpha 8 and 4, as alpha 1 diverges at this size) trained through the
 * view model grow live, cancel, and moving the alpha slider trains the new alpha beside the old one (kept as an
 * overlay) or reuses a finished run; on a run with known checkpoints, scrubbing the timeline moves the step markers
 * and the eigenvalue bars, and the state round-trips.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class LazyRichViewDisplayTest {
    private static final long TIMEOUT_S = 60;
    private static final LazyRichSetup TINY = new LazyRichSetup(
            new LazyRichConfig(6, 30, 40, 12, 0.25, 4, 10, false, 10, 1), 3000);

    @TempDir
    Path session;

    private ExecutorTasks tasks;
    private RecordingContext context;
    private LazyRichInstance instance;
    private Parent root;

    @Start
    void start(Stage stage) {
        tasks = new ExecutorTasks();
        context = new RecordingContext(tasks, null);
        instance = (LazyRichInstance) new LazyRichTool().open(context);
        root = (Parent) instance.view();
        stage.setScene(new Scene(root, 1500, 950));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            instance.viewModel().cancel();
            instance.close();
            return null;
        });
        tasks.close();
    }

    @Test
    void movingAlphaTrainsLiveKeepsTheOldRunAsOverlayAndReusesFinishedRuns() throws Exception {
        LazyRichViewModel vm = instance.viewModel();
        restore(new LazyRichStateCodec().write(LazyRichState.defaults().withSetup(TINY)));
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        fx(() -> {
            vm.runsProperty().addListener((o, was, now) -> {
                if (!now.isEmpty() && now.get(0).seriesOrNull("train_loss") != null) {
                    sizes.add(now.get(0).seriesOrNull("train_loss").size());
                }
            });
            ((LazyRichView) instance.view()).alphaSlider().setValue(3); // log2: alpha 8, as on release
            return null;
        });
        Path a8 = session.resolve(LazyRichTool.RUNS_FOLDER).resolve(TINY.withAlpha(8).folderName());
        assertTrue(fx(() -> vm.trainingProperty().get()));
        waitUntil(() -> !vm.trainingProperty().get() && vm.runsProperty().get().size() == 1
                && vm.runsProperty().get().get(0).manifest().status() == RunStatus.FINISHED);
        assertTrue(sizes.stream().distinct().count() >= 3, "the curves grew live: " + sizes);
        for (int i = 1; i < sizes.size(); i++) {
            assertTrue(sizes.get(i) >= sizes.get(i - 1), sizes.toString());
        }
        assertEquals(301, sizes.get(sizes.size() - 1), "cheap scalars every 10 steps to 3000");
        assertEquals(RunStatus.FINISHED, ExperimentRun.open(a8).manifest().status());
        assertEquals(LazyRichTool.RUNS_FOLDER + "/" + TINY.withAlpha(8).folderName(), fx(() -> vm.stateProperty().get().run()));
        assertEquals(8.0, fx(() -> vm.stateProperty().get().setup().config().alpha()));
        assertTrue(fx(() -> ((Label) root.lookup("#lazyRichSummary")).getText()).startsWith("\u03b1 = 8: delay ratio"));
        assertEquals(3000, fx(() -> vm.timeline().currentStep()), "the timeline followed the newest checkpoint");

        fx(() -> {
            vm.changeAlpha(4);
            return null;
        });
        Path a4 = session.resolve(LazyRichTool.RUNS_FOLDER).resolve(TINY.withAlpha(4).folderName());
        waitUntil(() -> !vm.trainingProperty().get() && vm.runsProperty().get().size() == 2
                && vm.runsProperty().get().get(0).manifest().status() == RunStatus.FINISHED);
        assertEquals(a4, fx(() -> vm.runsProperty().get().get(0).folder()));
        assertEquals(a8, fx(() -> vm.runsProperty().get().get(1).folder()), "the previous alpha stays as an overlay");
        assertEquals(List.of(LazyRichTool.RUNS_FOLDER + "/" + TINY.withAlpha(8).folderName()),
                fx(() -> vm.stateProperty().get().overlays()));
        FigureView loss = (FigureView) root.lookup("#lazyRichLoss");
        assertNotNull(fx(() -> loss.figureProperty().get().panelById("loss").seriesById("loss-1-test")));
        assertEquals(1, fx(() -> vm.overlayTimelines().size()));

        long modified = Files.getLastModifiedTime(a8.resolve(ExperimentRun.METRICS)).toMillis();
        fx(() -> {
            vm.changeAlpha(8);
            return null;
        });
        waitUntil(() -> !vm.trainingProperty().get() && vm.messageProperty().get().startsWith("Reused")
                && vm.runsProperty().get().size() == 2);
        assertEquals(a8, fx(() -> vm.runsProperty().get().get(0).folder()));
        assertEquals(a4, fx(() -> vm.runsProperty().get().get(1).folder()));
        assertEquals(modified, Files.getLastModifiedTime(a8.resolve(ExperimentRun.METRICS)).toMillis(),
                "a finished run is reused, not trained again");
        assertTrue(context.errors.isEmpty(), context.errors.toString());
    }

    @Test
    void cancelStopsTrainingAndTheRunKeepsItsCheckpoints(FxRobot robot) throws Exception {
        LazyRichViewModel vm = instance.viewModel();
        LazyRichSetup longRun = TINY.withSteps(5_000_000);
        restore(new LazyRichStateCodec().write(LazyRichState.defaults().withSetup(longRun)));
        fx(() -> {
            vm.run();
            return null;
        });
        waitUntil(() -> !vm.runsProperty().get().isEmpty() && vm.runsProperty().get().get(0).history().lastStep() >= 200);
        robot.clickOn((Button) root.lookup("#lazyRichCancel"));
        assertFalse(fx(() -> vm.trainingProperty().get()));
        assertTrue(fx(() -> vm.messageProperty().get()).startsWith("Cancelled"));
        Path dir = session.resolve(LazyRichTool.RUNS_FOLDER).resolve(longRun.folderName());
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> ExperimentRun.open(dir).manifest().status() == RunStatus.CANCELLED);
        long[] steps = ExperimentRun.open(dir).checkpointSteps();
        long last = steps[steps.length - 1];
        assertTrue(last >= 200 && last < 5_000_000, "checkpoint written at the cancel: " + last);
        assertTrue(context.errors.isEmpty(), context.errors.toString());
    }

    @Test
    void scrubbingTheTimelineMovesTheMarkersAndTheEigenvalueBars(FxRobot robot) throws Exception {
        Files.createDirectories(session.resolve("data"));
        LazyRichRunFixture.write(session.resolve("data/a4"), 4);
        LazyRichRunFixture.write(session.resolve("data/a1"), 1);
        restore(new ObjectMapper().readTree("{\"run\": \"data/a4\", \"overlays\": [\"data/a1\"]}"));
        FigureView spectrum = (FigureView) root.lookup("#lazyRichSpectrum");
        FigureView loss = (FigureView) root.lookup("#lazyRichLoss");
        waitUntil(() -> spectrum.figureProperty().get() != null
                && spectrum.figureProperty().get().title().endsWith("step 1000"));
        assertArrayEquals(LazyRichRunFixture.eigenvalues(1000), bars(spectrum.figureProperty().get()), 1e-12);
        assertEquals(1000, stepLine(loss.figureProperty().get()));

        robot.clickOn((Button) root.lookup("#timelineBack"));
        waitUntil(() -> spectrum.figureProperty().get() != null
                && spectrum.figureProperty().get().title().endsWith("step 100"));
        assertArrayEquals(LazyRichRunFixture.eigenvalues(100), bars(spectrum.figureProperty().get()), 1e-12);
        assertEquals(100, stepLine(loss.figureProperty().get()));
        FigureView movement = (FigureView) root.lookup("#lazyRichMovement");
        assertEquals(100, ((LineSeries) movement.figureProperty().get().panelById("drift").seriesById("drift-step"))
                .data().x(0));
        assertEquals("step 100  (checkpoint 3 of 4)", ((Label) root.lookup("#timelineStep")).getText());
        assertEquals(100, fx(() -> instance.viewModel().overlayTimelines().get(0).currentStep()),
                "the overlay's timeline follows by step");

        JsonNode saved = fx(() -> instance.saveState());
        assertEquals("data/a4", saved.get("run").asText());
        assertEquals(100, saved.get("step").asLong());
        assertEquals("data/a1", saved.get("overlays").get(0).asText());
        assertEquals(fx(() -> instance.viewModel().stateProperty().get()), new LazyRichStateCodec().read(saved));
        assertEquals(5, fx(() -> instance.figures()).size());
        assertEquals("\u03b1 = 4: delay ratio 5.3 (train loss halves at step 70, test loss at step 370); test-loss "
                + "peak 1.50 at step 200 (initial 1.00)", ((Label) root.lookup("#lazyRichSummary")).getText());

        // "Open run folder": the opened run becomes the primary, the one shown so far the first overlay
        LazyRichRunFixture.write(session.resolve("data/a8"), 8);
        fx(() -> {
            instance.viewModel().openRun(session.resolve("data/a8"));
            return null;
        });
        waitUntil(() -> "data/a8".equals(instance.viewModel().stateProperty().get().run()));
        assertEquals(List.of("data/a4", "data/a1"), fx(() -> instance.viewModel().stateProperty().get().overlays()));
        assertEquals(3, fx(() -> instance.viewModel().runsProperty().get().size()));
        assertEquals("\u03b1 = 8", fx(() -> ((Label) root.lookup("#lazyRichAlphaValue")).getText()),
                "the slider shows the opened run's alpha");
        assertEquals(3.0, fx(() -> ((LazyRichView) instance.view()).alphaSlider().getValue()), 1e-12);
    }

    private static double[] bars(Figure f) {
        return ((BarSeries) f.panelById("spectrum").seriesById("eigenvalues")).heights();
    }

    private static double stepLine(Figure f) {
        return ((LineSeries) f.panelById("loss").seriesById("loss-step")).data().x(0);
    }

    private void restore(JsonNode state) throws Exception {
        fx(() -> {
            instance.restoreState(state, session);
            return null;
        });
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
    }
}
