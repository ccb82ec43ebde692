package org.dynamicsworkbench.plugins.entropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyMode;
import org.dynamicsworkbench.analysis.learning.entropy.ExponentialLawFit;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
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
 * The Entropy-collapse tool in a real window (xvfb-run) on small finished runs: it opens at the last step with the
 * fit numbers of {@link ExponentialLawFit}, stepping the timeline back moves the markers of the curves and the law,
 * and the state round-trips. With {@code -Dscreenshots=DIR} it also saves the window on the sample session.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class EntropyViewDisplayTest {
    private static final long TIMEOUT_S = 30;
    private static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("sample-sessions");

    @TempDir
    Path session;

    private ExecutorTasks tasks;
    private EntropyInstance instance;
    private Parent root;

    @Start
    void start(Stage stage) {
        tasks = new ExecutorTasks();
        instance = (EntropyInstance) new EntropyTool().open(new RecordingContext(tasks, null));
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
    void scrubbingMovesTheMarkersAndTheFitNumbersAreTheLawsFit(FxRobot robot) throws Exception {
        EntropyRunFixture.train(session.resolve("vanilla"), EntropyMode.VANILLA);
        EntropyRunFixture.train(session.resolve("kl-cov"), EntropyMode.KL_COV);
        restore("{\"runs\": [\"vanilla\", \"kl-cov\"], \"smoothing\": 0.3}", session);
        FigureView law = (FigureView) root.lookup("#entropyLaw");
        FigureView curves = (FigureView) root.lookup("#entropyCurves");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> law.figureProperty().get() != null);

        RunHistory history = ExperimentRun.open(session.resolve("vanilla")).history();
        ExponentialLawFit fit = ExponentialLawFit.fit(history.series("entropy_train").values(),
                history.series("reward_expected").values());
        String text = ((Label) root.lookup("#entropyFit")).getText();
        assertTrue(text.contains(String.format(Locale.ROOT, "a = %.4g   b = %.4g", fit.a(), fit.b())), text);
        assertTrue(text.contains(String.format(Locale.ROOT, "ceiling -a + b = %.4g   RMSE = %.4g", fit.ceiling(),
                fit.rmse())), text);
        long last = EntropyRunFixture.STEPS;
        assertEquals(last, stepLine(curves));

        robot.clickOn((Button) root.lookup("#timelineBack"));
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> stepLine(curves) == last - 1);
        ScatterSeries now = (ScatterSeries) law.figureProperty().get().panels().get(0).seriesById("now-0");
        assertEquals(history.series("entropy_train").valueAt(last - 1), now.data().x(0));
        ScatterSeries overlayNow = (ScatterSeries) law.figureProperty().get().panels().get(0).seriesById("now-1");
        RunHistory kl = ExperimentRun.open(session.resolve("kl-cov")).history();
        assertEquals(kl.series("reward_expected").valueAt(last - 1), overlayNow.data().y(0), "the overlay follows");
        assertEquals(last - 1, instance.viewModel().overlayTimelines().get(0).currentStep());

        var saved = WaitForAsyncUtils.asyncFx(() -> instance.saveState()).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals("kl-cov", saved.get("runs").get(1).asText());
        assertEquals(last - 1, saved.get("step").asLong());
        assertEquals(instance.viewModel().stateProperty().get(), new EntropyStateCodec().read(saved));
        assertEquals(4, instance.figures().size());
    }

    @Test
    void theSampleSessionOpens(FxRobot robot) throws Exception {
        var state = new ObjectMapper().readTree(SAMPLES.resolve("entropy-collapse.json").toFile())
                .get("tools").get(0).get("state");
        restore(state.toString(), SAMPLES);
        FigureView law = (FigureView) root.lookup("#entropyLaw");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> law.figureProperty().get() != null);
        assertEquals(3, instance.viewModel().runsProperty().get().size());
        assertTrue(law.figureProperty().get().title().startsWith("vanilla: ceiling "), law.figureProperty().get().title());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(root, "entropy-collapse.png")).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private void restore(String state, Path folder) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            instance.restoreState(new ObjectMapper().readTree(state), folder);
            return null;
        }).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private static double stepLine(FigureView curves) {
        return ((LineSeries) curves.figureProperty().get().panelById("entropy").seriesById("entropy-step")).data().x(0);
    }
}
