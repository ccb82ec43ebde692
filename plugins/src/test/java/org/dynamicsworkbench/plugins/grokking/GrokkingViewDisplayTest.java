package org.dynamicsworkbench.plugins.grokking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dynamicsworkbench.plugins.runs.Screenshots;
import org.dynamicsworkbench.plugins.testing.ExecutorTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
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
 * The Grokking tool in a real window (xvfb-run) on a small finished run: it opens at the last checkpoint, the
 * timeline's back button moves the grid to the previous checkpoint, the state round-trips, the backend reaches the
 * status bar.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class GrokkingViewDisplayTest {
    private static final long TIMEOUT_S = 30;
    private static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("sample-sessions");

    @TempDir
    Path session;

    private ExecutorTasks tasks;
    private RecordingContext context;
    private GrokkingInstance instance;
    private Parent root;

    @Start
    void start(Stage stage) {
        tasks = new ExecutorTasks();
        context = new RecordingContext(tasks, null);
        instance = (GrokkingInstance) new GrokkingTool().open(context);
        root = (Parent) instance.view();
        stage.setScene(new Scene(root, 1400, 900));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> instance.close()).get(TIMEOUT_S, TimeUnit.SECONDS);
        tasks.close();
    }

    @Test
    void scrubbingTheTimelineMovesTheGrid(FxRobot robot) throws Exception {
        GrokkingRunFixture.write(session.resolve("grok"), 1.0, 200);
        WaitForAsyncUtils.asyncFx(() -> {
            instance.restoreState(new ObjectMapper().readTree("{\"run\": \"grok\", \"smoothing\": 0.3}"), session);
            return null;
        }).get(TIMEOUT_S, TimeUnit.SECONDS);
        FigureView grid = (FigureView) root.lookup("#grokkingGrid");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> grid.figureProperty().get() != null);
        assertTrue(grid.figureProperty().get().title().contains("step 400: 4 of 15"), grid.figureProperty().get().title());
        FigureView curves = (FigureView) root.lookup("#grokkingCurves");
        assertNotNull(curves.figureProperty().get().panelById("loss").seriesById("loss-step"));
        assertEquals("Backend: java", ((Label) root.lookup("#grokkingBackend")).getText());
        assertTrue(context.statuses.contains("Grokking: backend java"), context.statuses.toString());

        robot.clickOn((Button) root.lookup("#timelineBack"));
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> grid.figureProperty().get() != null && grid.figureProperty().get().title().contains("step 200:"));
        assertTrue(grid.figureProperty().get().title().contains("2 of 15"), grid.figureProperty().get().title());
        assertEquals("step 200  (checkpoint 4 of 5)", ((Label) root.lookup("#timelineStep")).getText());
        double stepLine = ((org.dynamicsworkbench.render.figure.LineSeries) curves.figureProperty().get().panelById("accuracy")
                .seriesById("accuracy-step")).data().x(0);
        assertEquals(200, stepLine);

        var saved = WaitForAsyncUtils.asyncFx(() -> instance.saveState()).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals("grok", saved.get("run").asText());
        assertEquals(200, saved.get("step").asLong());
        assertEquals(0.3, saved.get("smoothing").asDouble(), 1e-12);
        GrokkingState back = new GrokkingStateCodec().read(saved);
        assertEquals(instance.viewModel().stateProperty().get(), back);
        assertEquals(4, instance.figures().size());
    }

    @Test
    void theSampleSessionOpens() throws Exception {
        var state = new ObjectMapper().readTree(SAMPLES.resolve("grokking.json").toFile()).get("tools").get(0)
                .get("state");
        WaitForAsyncUtils.asyncFx(() -> {
            instance.restoreState(state, SAMPLES);
            return null;
        }).get(TIMEOUT_S, TimeUnit.SECONDS);
        FigureView fourier = (FigureView) root.lookup("#grokkingFourier");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fourier.figureProperty().get() != null);
        assertEquals("primary", instance.viewModel().runsProperty().get().get(0).name());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(root, "grokking.png")).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
