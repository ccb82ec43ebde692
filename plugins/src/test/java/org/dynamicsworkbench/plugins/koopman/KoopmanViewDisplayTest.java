package org.dynamicsworkbench.plugins.koopman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dynamicsworkbench.plugins.testing.ExecutorTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import org.dynamicsworkbench.render.figure.fx.FigureView;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.scene.ColorBy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Koopman tool in a real window (xvfb-run): it fits, draws the spectrum, and paints a chosen eigenfunction. */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class KoopmanViewDisplayTest {
    private static final long TIMEOUT_S = 60;

    private GlRenderer renderer;
    private ExecutorTasks tasks;
    private KoopmanInstance instance;
    private Parent root;

    @Start
    void start(Stage stage) {
        renderer = GlRenderer.start();
        tasks = new ExecutorTasks();
        instance = (KoopmanInstance) new KoopmanTool().open(new RecordingContext(tasks, renderer));
        root = (Parent) instance.view();
        stage.setScene(new Scene(root, 1100, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> instance.close()).get(TIMEOUT_S, TimeUnit.SECONDS);
        tasks.close();
        renderer.close();
    }

    @Test
    void opensFitsAndDrawsTheSpectrum(FxRobot robot) throws Exception {
        FigureView spectrum = (FigureView) root.lookup("#koopmanSpectrum");
        assertNotNull(spectrum);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> instance.viewModel().fitProperty().get() != null
                && spectrum.lastLayout() != null);
        assertEquals("spectrum", spectrum.lastLayout().panels().get(0).panelId());
        int rows = instance.koopmanView().tableView().getItems().size();
        assertEquals(instance.viewModel().shownRanks().length, rows);
        assertTrue(rows > 0);

        robot.interact(() -> instance.koopmanView().tableView().getSelectionModel().select(1));
        assertEquals(instance.koopmanView().tableView().getItems().get(1).rank(), instance.viewModel().getState().selected());
        robot.interact(() -> ((javafx.scene.control.ChoiceBox<?>) root.lookup("#koopmanColouring")).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        var scene = instance.koopmanView().view3d().getScene3D();
        assertEquals(ColorBy.values(), scene.colorBy());
        assertTrue(scene.curve().hasValues());
    }
}
