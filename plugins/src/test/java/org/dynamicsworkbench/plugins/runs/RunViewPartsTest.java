package org.dynamicsworkbench.plugins.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.dynamicsworkbench.plugins.timeline.SmoothingControl;
import org.dynamicsworkbench.plugins.timeline.StepAxis;
import org.dynamicsworkbench.plugins.timeline.Timeline;
import org.dynamicsworkbench.plugins.timeline.TimelineControl;
import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.XYData;
import org.dynamicsworkbench.render.figure.fx.FigureView;
import org.dynamicsworkbench.render.figure.paint.PanelGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shared view parts in a real window (xvfb-run): a click on a curve moves the timeline to the step under the
 * pointer (a right click does not), the bar gives the timeline the spare width, and figures share their grid.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class RunViewPartsTest {
    private static final long TIMEOUT_S = 30;

    private final Timeline timeline = new Timeline();
    private FigureView curve;
    private TimelineControl control;
    private SmoothingControl smoothing;
    private HBox bar;

    @Start
    void start(Stage stage) {
        timeline.setSteps(StepAxis.of(0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000));
        timeline.seek(0);
        curve = new FigureView();
        curve.setFigure(Figure.single("f", Panel.of("p", Axis.linear("step"), Axis.linear("loss"),
                LineSeries.of("l", "loss", XYData.of(new double[] {0, 1000}, new double[] {0, 1}), 0xff000000)),
                FigureSize.millimetres(100, 80)));
        GridPane grid = new GridPane();
        grid.add(curve, 0, 0);
        RunViewParts.shareGrid(420, 300, List.of(curve));
        RunViewParts.seekOnClick(timeline, List.of(curve));
        control = new TimelineControl(timeline);
        smoothing = new SmoothingControl();
        bar = RunViewParts.timelineBar(control, smoothing);
        VBox root = new VBox(grid, bar);
        VBox.setVgrow(grid, Priority.ALWAYS);
        stage.setScene(new Scene(root, 640, 480));
        stage.show();
    }

    @Test
    void aPrimaryClickOnACurveSeeksTheTimelineAndASecondaryOneDoesNot(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> curve.lastLayout() != null);
        Point2D at = WaitForAsyncUtils.asyncFx(() -> {
            PanelGeometry p = curve.lastLayout().panel("p");
            return curve.localToScreen(p.x().toPosition(600), p.y().toPosition(0.5));
        }).get(TIMEOUT_S, TimeUnit.SECONDS);
        robot.moveTo(at).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, timeline.currentStep(), "a right click leaves the timeline");
        robot.clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(600, timeline.currentStep(), "the step under the pointer");
        assertNotNull(curve.readoutProperty().get(), "the click came with a readout");
    }

    @Test
    void theBarGivesTheTimelineTheWidthAndFiguresShareTheGrid() {
        assertEquals(List.of(control, smoothing), bar.getChildren());
        assertSame(Priority.ALWAYS, HBox.getHgrow(control));
        assertEquals(6, bar.getPadding().getTop());
        assertEquals(420, curve.getPrefWidth());
        assertEquals(300, curve.getPrefHeight());
        assertEquals(200, curve.getMinWidth());
        assertEquals(150, curve.getMinHeight());
        assertSame(Priority.ALWAYS, GridPane.getHgrow(curve));
        assertSame(Priority.ALWAYS, GridPane.getVgrow(curve));
    }
}
