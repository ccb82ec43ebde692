package org.dynamicsworkbench.plugins.explorer;

import org.dynamicsworkbench.plugins.testing.ExecutorTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.dynamicsworkbench.render.figure.fx.FigureView;
import org.dynamicsworkbench.render.figure.paint.PanelGeometry;
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

/** The explorer's tabs with the real renderer: hovering the time series marks the instant in 3D (xvfb-run). */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ExplorerFigureTabsDisplayTest {
    private static final long TIMEOUT_S = 30;

    private GlRenderer renderer;
    private ExecutorTasks tasks;
    private ExplorerInstance instance;
    private Parent root;

    @Start
    void start(Stage stage) {
        renderer = GlRenderer.start();
        tasks = new ExecutorTasks();
        instance = (ExplorerInstance) new ExplorerTool().open(new RecordingContext(tasks, renderer));
        root = (Parent) instance.view();
        stage.setScene(new Scene(root, 1180, 780));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> instance.close()).get(TIMEOUT_S, TimeUnit.SECONDS);
        tasks.close();
        renderer.close();
    }

    @Test
    void hoveringTheTimeSeriesMarksThatInstantInThe3dView(FxRobot robot) throws Exception {
        TabPane tabs = (TabPane) root.lookup("#explorerTabs");
        assertNotNull(tabs);
        assertEquals(List.of("3D", "Time series", "Projections", "Lyapunov"), tabs.getTabs().stream().map(Tab::getText).toList());
        Attractor3DView view3d = (Attractor3DView) root.lookup("#view3d");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> instance.viewModel().sceneProperty().get() != null
                && view3d.getScene3D() == instance.viewModel().sceneProperty().get() && view3d.lastFrameProperty().get() != null);
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        Frame unmarked = view3d.lastFrameProperty().get();

        robot.interact(() -> tabs.getSelectionModel().select(1));
        FigureView series = (FigureView) root.lookup("#timeSeriesView");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> series.lastLayout() != null && series.getWidth() > 100);
        assertEquals(3, series.lastLayout().panels().size(), "one panel per Lorenz coordinate");
        PanelGeometry z = series.lastLayout().panels().get(2);
        double px = z.plotArea().x() + 0.4 * z.plotArea().width();
        double py = z.plotArea().y() + 0.5 * z.plotArea().height();
        Point2D screen = series.localToScreen(px, py);
        robot.moveTo(screen);
        double expected = z.x().toValue(px);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> !Double.isNaN(series.linkedCursor().time()));
        double onePixel = z.x().toValue(px + 1) - z.x().toValue(px);
        assertEquals(expected, series.linkedCursor().time(), 1.5 * onePixel, "the cursor holds the hovered time (to a pixel)");
        FigureView projections = (FigureView) root.lookup("#projectionsView");
        assertEquals(series.linkedCursor(), projections.linkedCursor(), "the projections share the cursor");

        Scene3D marked = view3d.getScene3D();
        int index = ExplorerFigureTabs.pointAt(marked, series.linkedCursor().time());
        assertEquals(index, marked.highlightIndex());
        assertTrue(index > 0);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> view3d.lastFrameProperty().get() != unmarked);
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        Frame withMarker = view3d.lastFrameProperty().get();
        assertNotEquals(unmarked, withMarker, "the 3D frame shows the marker");
        int white = 0;
        for (int p : withMarker.argb()) {
            white += (p & 0xffffff) == 0xffffff ? 1 : 0;
        }
        assertTrue(white >= 30, "the bright marker: " + white + " white pixels");
    }
}
