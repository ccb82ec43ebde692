package org.dynamicsworkbench.plugins.alrnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dynamicsworkbench.render.figure.fx.FigureView;
import org.dynamicsworkbench.render.fx.Attractor3DView;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.scene.Scene3D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real AL-RNN view on the shipped run, with the real OpenGL renderer (run under xvfb-run). */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class AlRnnViewDisplayTest {
    private GlRenderer renderer;
    private AlRnnInstance instance;

    @Start
    void start(Stage stage) throws Exception {
        renderer = GlRenderer.start();
        instance = (AlRnnInstance) new AlRnnTool().open(new SynchronousContext(renderer));
        instance.restoreState(new ObjectMapper().readTree("{\"run\": \"data/lorenz-alrnn\"}"),
                AlRnnViewModelTest.SAMPLE_RUN.getParent().getParent());
        stage.setScene(new Scene((Parent) instance.view(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> instance.close()).get(30, TimeUnit.SECONDS);
        renderer.close();
    }

    @Test
    void theSampleRunIsDrawnIn3dWithItsSymbolStripAndHoveringAStepMarksIt(FxRobot robot) throws Exception {
        Attractor3DView model = robot.lookup("#alrnnModel3d").queryAs(Attractor3DView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.lastFrameProperty().get() != null);
        Frame frame = model.lastFrameProperty().get();
        int background = ModelScenes.BACKGROUND_ARGB;
        int drawn = 0;
        for (int y = 0; y < frame.height(); y += 4) {
            for (int x = 0; x < frame.width(); x += 4) {
                drawn += (frame.pixel(x, y) | 0xff000000) != background ? 1 : 0;
            }
        }
        assertTrue(drawn > 100, "the free run is drawn (" + drawn + " sampled pixels differ from the background)");

        FigureView strip = robot.lookup("#alrnnSymbols").queryAs(FigureView.class);
        assertNotNull(strip.shownFigure(), "the symbol strip is drawn");
        assertEquals(AlRnnFigures.SYMBOLS, strip.shownFigure().id());
        assertEquals(4, robot.lookup("#alrnnRegions").queryAs(TableView.class).getItems().size());

        WaitForAsyncUtils.asyncFx(() -> strip.linkedCursor().setTime(150)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Scene3D marked = model.getScene3D();
        assertEquals(150, marked.highlightIndex(), "the hovered step is marked in the 3D view");
    }
}
