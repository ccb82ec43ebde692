package org.dynamicsworkbench.plugins.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.ScatterSeries;
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
 * The Concept-space tool in a real window (xvfb-run) on two seeds written in the run format: it opens at the last
 * evaluation, stepping the timeline back moves the marker on every trajectory and the step line, and the state
 * round-trips. With {@code -Dscreenshots=DIR} it also saves the window on the sample session.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ConceptViewDisplayTest {
    private static final long TIMEOUT_S = 30;
    private static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("sample-sessions");

    @TempDir
    Path session;

    private ExecutorTasks tasks;
    private ConceptInstance instance;
    private Parent root;

    @Start
    void start(Stage stage) {
        tasks = new ExecutorTasks();
        instance = (ConceptInstance) new ConceptTool().open(new RecordingContext(tasks, null));
        root = (Parent) instance.view();
        stage.setScene(new Scene(root, 1260, 860));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> instance.close()).get(TIMEOUT_S, TimeUnit.SECONDS);
        tasks.close();
    }

    @Test
    void scrubbingMovesTheMarkerOnEveryTrajectory(FxRobot robot) throws Exception {
        ConceptRunFixture.write(session.resolve("seed=0"), 0, 0.25, 100, 400);
        ConceptRunFixture.write(session.resolve("seed=1"), 1, 0.25, 200, 600);
        restore("{\"runs\": [\"seed=0\", \"seed=1\"]}", session);
        FigureView space = (FigureView) root.lookup("#conceptSpace");
        FigureView coordinates = (FigureView) root.lookup("#conceptCoordinates");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> space.figureProperty().get() != null);
        assertTrue(space.figureProperty().get().title().startsWith("Concept space at step 1000"),
                space.figureProperty().get().title());
        ConceptAnalysis a = instance.viewModel().analysisProperty().get();
        assertTrue(((Label) root.lookup("#conceptReadings")).getText().contains("concept 2 "
                + a.learningTime(false, 2)));

        robot.clickOn((Button) root.lookup("#timelineBack"));
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> space.figureProperty().get().title().startsWith("Concept space at step 950"));
        ScatterSeries now = (ScatterSeries) space.figureProperty().get().panels().get(0).seriesById("now");
        for (int p = 0; p < 5; p++) {
            assertEquals(a.trajectory(p).concept1()[19], now.data().x(p), 1e-12, "prompt " + p);
            assertEquals(a.trajectory(p).concept2()[19], now.data().y(p), 1e-12, "prompt " + p);
        }
        assertEquals(950, ((LineSeries) coordinates.figureProperty().get().panelById("concept-1")
                .seriesById("c1-step")).data().x(0));

        var saved = WaitForAsyncUtils.asyncFx(() -> instance.saveState()).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals("seed=1", saved.get("runs").get(1).asText());
        assertEquals(950, saved.get("step").asLong());
        assertEquals(instance.viewModel().stateProperty().get(), new ConceptStateCodec().read(saved));
        assertEquals(4, instance.figures().size());
    }

    @Test
    void theSampleSessionOpens(FxRobot robot) throws Exception {
        var state = new ObjectMapper().readTree(SAMPLES.resolve("concept-space.json").toFile())
                .get("tools").get(0).get("state");
        restore(state.toString(), SAMPLES);
        FigureView space = (FigureView) root.lookup("#conceptSpace");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> space.figureProperty().get() != null);
        ConceptAnalysis a = instance.viewModel().analysisProperty().get();
        assertEquals(3, a.seeds());
        assertTrue(a.learningTime(false, 1) < a.learningTime(false, 2), "the strong concept is learned first");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(root, "concept-space.png")).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private void restore(String state, Path folder) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            instance.restoreState(new ObjectMapper().readTree(state), folder);
            return null;
        }).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
