package org.dynamicsworkbench.plugins.peccary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.dynamicsworkbench.plugins.testing.ExecutorTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import org.dynamicsworkbench.render.figure.fx.FigureView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The PECCARY tool in a real window (xvfb-run): it computes, draws the plane, and recomputes when n changes. */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class PeccaryViewDisplayTest {
    private static final long TIMEOUT_S = 30;

    private ExecutorTasks tasks;
    private PeccaryInstance instance;
    private Parent root;

    @Start
    void start(Stage stage) {
        tasks = new ExecutorTasks();
        instance = (PeccaryInstance) new PeccaryTool().open(new RecordingContext(tasks, null));
        root = (Parent) instance.view();
        stage.setScene(new Scene(root, 1100, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> instance.close()).get(TIMEOUT_S, TimeUnit.SECONDS);
        tasks.close();
    }

    @Test
    void opensComputesAndDrawsThePlane(FxRobot robot) throws Exception {
        FigureView plane = (FigureView) root.lookup("#peccaryPlane");
        assertNotNull(plane);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> instance.viewModel().resultProperty().get() != null
                && plane.lastLayout() != null);
        assertEquals("plane", plane.lastLayout().panels().get(0).panelId());
        assertNotNull(plane.shownFigure().panels().get(0).seriesById("point-0"));
        TextArea advice = (TextArea) root.lookup("#peccaryAdvice");
        assertTrue(advice.getText().contains("Sampling advice"), advice.getText());

        @SuppressWarnings("unchecked")
        Spinner<Integer> n = (Spinner<Integer>) root.lookup("#peccaryN");
        robot.interact(() -> n.getValueFactory().setValue(4));
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> instance.viewModel().resultProperty().get() != null
                && instance.viewModel().resultProperty().get().state().n() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(plane.shownFigure().title().contains("n = 4"), plane.shownFigure().title());

        robot.interact(() -> ((Button) root.lookup("#peccaryAddSeries")).fire());
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> instance.viewModel().resultProperty().get() != null
                && instance.viewModel().resultProperty().get().outcomes().size() == 2);
    }
}
