package org.dynamicsworkbench.plugins.explorer;

import org.dynamicsworkbench.plugins.testing.ExecutorTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.render.export.PngExport;
import org.dynamicsworkbench.render.fx.Attractor3DView;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.scene.Scene3D;
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
 * The real explorer view with the real OpenGL renderer and background threads (run under xvfb-run).
 * Set -Dexplorer.snapshot=/tmp/explorer.png to write a screenshot of the window showing Rossler.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ExplorerViewDisplayTest {
    private static final long TIMEOUT_S = 30;
    /** Frames have settled when none arrived for this long. */
    private static final long QUIET_MS = 600;

    private GlRenderer renderer;
    private ExecutorTasks tasks;
    private RecordingContext context;
    private ExplorerInstance instance;
    private Attractor3DView view3d;
    private final AtomicLong lastFrameNanos = new AtomicLong();
    /** The scene the view held when its latest frame arrived. */
    private volatile Scene3D sceneAtLastFrame;

    @Start
    void start(Stage stage) {
        renderer = GlRenderer.start();
        tasks = new ExecutorTasks();
        context = new RecordingContext(tasks, renderer);
        instance = (ExplorerInstance) new ExplorerTool().open(context);
        Parent root = (Parent) instance.view();
        view3d = (Attractor3DView) root.lookup("#view3d");
        view3d.lastFrameProperty().addListener((obs, was, now) -> {
            sceneAtLastFrame = view3d.getScene3D();
            lastFrameNanos.set(System.nanoTime());
        });
        stage.setScene(new Scene(root, 1180, 780));
        stage.setTitle("Attractor explorer");
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> instance.close()).get(TIMEOUT_S, TimeUnit.SECONDS);
        tasks.close();
        renderer.close();
    }

    /**
     * Waits until the view model's scene for {@code system} is shown: the view holds it, a frame arrived
     * since it was set, and no frame arrived for {@value #QUIET_MS} ms (a render that was in flight when
     * the scene changed is followed by one of the new scene within that time).
     */
    private Frame settledFrame(String system) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> {
            ExplorerViewModel vm = instance.viewModel();
            Scene3D scene = vm.sceneProperty().get();
            return vm.getState().systemName().equals(system) && !vm.integratingProperty().get() && scene != null
                    && view3d.getScene3D() == scene && sceneAtLastFrame == scene
                    && System.nanoTime() - lastFrameNanos.get() > TimeUnit.MILLISECONDS.toNanos(QUIET_MS);
        });
        return view3d.lastFrameProperty().get();
    }

    private static int differingPixels(Frame a, Frame b) {
        assertEquals(a.width(), b.width());
        assertEquals(a.height(), b.height());
        int[] pa = a.argb();
        int[] pb = b.argb();
        int differing = 0;
        for (int i = 0; i < pa.length; i++) {
            if (pa[i] != pb[i]) {
                differing++;
            }
        }
        return differing;
    }

    @Test
    void movingRosslersCSliderRedrawsTheAttractor(FxRobot robot) throws Exception {
        Frame lorenz = settledFrame("Lorenz");
        assertNotEquals(0, lorenz.width());

        robot.clickOn("#systemSearch").write("ross");
        robot.clickOn("Rossler");
        Frame rossler = settledFrame("Rossler");
        writeSnapshotIfAsked(robot);
        assertTrue(differingPixels(lorenz, rossler) > rossler.width() * rossler.height() / 100,
                "Rossler must look different from Lorenz");

        robot.clickOn("#lyapunovButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> instance.viewModel().lyapunovResultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String spectrum = robot.lookup("#lyapunovResult").queryAs(Label.class).getText();
        assertTrue(spectrum.startsWith("λ1 = +0.") && spectrum.contains("Kaplan-Yorke dimension = 2."), spectrum);
        assertTrue(robot.lookup("#lyapunovButton").query().isVisible(), "the button is back once it finished");
        assertFalse(robot.lookup("#lyapunovRunning").query().isVisible(), "progress and Cancel are hidden again");
        writeSnapshotIfAsked(robot);

        Slider c = robot.lookup("#param-c").queryAs(Slider.class);
        TextField cField = robot.lookup("#param-c-field").queryAs(TextField.class);
        double before = c.getValue();
        Node thumb = c.lookup(".thumb");
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 0).release(MouseButton.PRIMARY);
        double after = c.getValue();
        assertTrue(after > before, "the drag moved c from " + before + " to " + after);
        assertEquals(after, instance.viewModel().getState().parameter("c"));
        assertEquals(after, Double.parseDouble(cField.getText()), 1e-4 * Math.abs(after));

        Frame moved = settledFrame("Rossler");
        int differing = differingPixels(rossler, moved);
        assertTrue(differing > moved.width() * moved.height() / 200,
                "c from " + before + " to " + after + " changed only " + differing + " pixels");
        assertTrue(context.errors.isEmpty(), context.errors.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void coordinateChoicesPickTheAxesOfAHighDimensionalSystem(FxRobot robot) throws Exception {
        settledFrame("Lorenz");
        javafx.scene.control.ChoiceBox<Integer> x = robot.lookup("#coord-x").queryAs(javafx.scene.control.ChoiceBox.class);
        javafx.scene.control.ChoiceBox<Integer> y = robot.lookup("#coord-y").queryAs(javafx.scene.control.ChoiceBox.class);
        assertTrue(x.isDisabled() && y.isDisabled(), "Lorenz has exactly three coordinates: no choice");

        ObjectNode macArthur = new ObjectMapper().createObjectNode().put("system", "MacArthur").put("steps", 2000);
        WaitForAsyncUtils.asyncFx(() -> {
            instance.restoreState(macArthur);
            return null;
        }).get();
        settledFrame("MacArthur");
        assertFalse(x.isDisabled());
        assertEquals(10, x.getItems().size());
        WaitForAsyncUtils.asyncFx(() -> x.setValue(9)).get();
        assertArrayEquals(new int[] {9, 1, 2}, instance.viewModel().getState().coordinates());
        settledFrame("MacArthur");
        WaitForAsyncUtils.asyncFx(() -> y.setValue(9)).get();
        assertArrayEquals(new int[] {9, 1, 2}, instance.viewModel().getState().coordinates(), "a repeated axis is refused");
        assertEquals(1, y.getValue(), "and the box shows the state's axis again");
        ObjectNode saved = WaitForAsyncUtils.asyncFx(() -> instance.saveState()).get();
        assertEquals("[9,1,2]", saved.get("coordinates").toString());
    }

    @Test
    void aBadStateChangesNothingAndMouseCameraMovesAreSaved(FxRobot robot) throws Exception {
        settledFrame("Lorenz");
        ObjectNode saved = WaitForAsyncUtils.asyncFx(() -> instance.saveState()).get();
        assertFalse(saved.has("camera"), "an untouched camera is saved as 'fit'");

        ObjectNode bad = saved.deepCopy();
        bad.put("system", "Rossler");
        bad.putObject("parameters").put("rho", 30);
        ToolStateException e = assertThrows(ToolStateException.class, () -> instance.restoreState(bad));
        assertEquals("state.parameters.rho: Rossler has no parameter 'rho' (parameters: a, b, c)", e.getMessage());
        assertEquals("Lorenz", instance.viewModel().getState().systemName(), "nothing changed");

        TextField rho = robot.lookup("#param-rho-field").queryAs(TextField.class);
        robot.doubleClickOn(rho).write("abc");
        assertTrue(rho.getStyleClass().contains(NumberField.INVALID_STYLE_CLASS), "bad text is marked");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(28.0, instance.viewModel().getState().parameter("rho"), "bad text changes nothing");
        robot.doubleClickOn(rho).write("30").type(javafx.scene.input.KeyCode.ENTER);
        assertFalse(rho.getStyleClass().contains(NumberField.INVALID_STYLE_CLASS));
        assertEquals(30.0, instance.viewModel().getState().parameter("rho"));
        assertEquals(30.0, robot.lookup("#param-rho").queryAs(Slider.class).getValue());
        settledFrame("Lorenz");

        int changesBefore = context.stateChanges;
        robot.drag(view3d, MouseButton.PRIMARY).moveBy(60, 0).moveBy(60, 20).release(MouseButton.PRIMARY);
        ObjectNode afterDrag = WaitForAsyncUtils.asyncFx(() -> instance.saveState()).get();
        assertTrue(afterDrag.has("camera"), afterDrag.toString());
        assertTrue(context.stateChanges > changesBefore, "the session learns that the camera moved");
        assertEquals(view3d.cameraProperty().get().yawDeg(), afterDrag.get("camera").get("yaw").doubleValue());

        ObjectNode rossler = new ObjectMapper().createObjectNode().put("system", "Rossler");
        WaitForAsyncUtils.asyncFx(() -> {
            instance.restoreState(rossler);
            return null;
        }).get();
        assertNotNull(settledFrame("Rossler"));
        assertEquals(5.7, robot.lookup("#param-c").queryAs(Slider.class).getValue());
    }

    @Test
    void exportsRenderOffscreenAtTheRequestedSize(@TempDir Path folder) throws Exception {
        settledFrame("Lorenz");
        Scene3D scene = instance.viewModel().sceneProperty().get();
        Path file = PngExporter.withPngExtension(folder.resolve("lorenz"));
        PngExporter.export(renderer, scene, new ExportSettings(320, 200, 150), file,
                org.dynamicsworkbench.analysis.task.CancellationToken.NEVER);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        assertEquals(320, image.getWidth());
        assertEquals(200, image.getHeight());
        try (var listing = Files.list(folder)) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
    }

    private void writeSnapshotIfAsked(FxRobot robot) throws Exception {
        String target = System.getProperty("explorer.snapshot");
        if (target == null || target.isBlank()) {
            return;
        }
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> view3d.getScene().snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        Path file = Path.of(target).toAbsolutePath();
        Files.createDirectories(file.getParent());
        PngExport.write(new Frame(w, h, argb), file, 96);
    }
}
