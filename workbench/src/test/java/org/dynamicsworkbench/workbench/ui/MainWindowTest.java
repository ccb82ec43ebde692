package org.dynamicsworkbench.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.render.fx.Attractor3DView;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.workbench.session.Session;
import org.dynamicsworkbench.workbench.session.SessionStore;
import org.dynamicsworkbench.workbench.tools.InstalledTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window (the one WorkbenchApp opens) with the real explorer and OpenGL renderer. */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("sample-sessions");
    private static GlRenderer renderer;

    @TempDir
    static Path dir;

    private MainWindow window;

    @BeforeAll
    static void startRenderer() {
        renderer = GlRenderer.start();
    }

    @AfterAll
    static void closeRenderer() {
        renderer.close();
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, InstalledTools.load(), renderer, settings());
        window.show(null);
    }

    private static WindowSettings settings() {
        return WindowSettings.inFolder(dir, Duration.ofHours(1)); // the tests call autosaveNow() themselves
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(() -> {
            window.dispose();
            window.stage().close();
        });
    }

    @Test
    void opensOneExplorerOnLorenzAndShowsTheRenderer(FxRobot robot) throws Exception {
        assertEquals("untitled - Dynamics Workbench", window.stage().getTitle());
        Session session = call(robot, window::currentSession);
        assertEquals(1, session.tools().size());
        assertEquals("attractor-explorer", session.tools().get(0).toolId());
        assertEquals("Lorenz", session.tools().get(0).state().get("system").textValue());
        Label gl = robot.lookup("#gl-description").queryAs(Label.class);
        assertTrue(gl.getText().startsWith("OpenGL " + renderer.glDescription()), gl.getText());
        assertFalse(window.isDirty());
    }

    @Test
    void pickingRosslerAndMovingASliderChangesThePixels(FxRobot robot) throws Exception {
        robot.clickOn("#systemSearch").write("Rossler");
        Node rosslerCell = robot.lookup("#systemList").lookup((Node n) -> n instanceof Label l
                && "Rossler".equals(l.getText()) && n.isVisible()).query();
        robot.clickOn(rosslerCell);
        waitFor(() -> "Rossler".equals(explorerState(robot).get("system").textValue()));
        Attractor3DView view = robot.lookup("#view3d").queryAs(Attractor3DView.class);
        Frame before = settledFrame(robot, view);

        Slider c = robot.lookup("#param-c").queryAs(Slider.class);
        double original = c.getValue();
        robot.interact(() -> c.setValue(original * 0.7)); // c 5.7 -> 4.0: a period-doubled cycle
        waitFor(() -> Math.abs(explorerState(robot).get("parameters").get("c").doubleValue() - original * 0.7) < 1e-9);
        Frame after = settledFrame(robot, view);

        assertNotEquals(before, after, "the 3D view's pixels changed");
        int changed = 0;
        for (int y = 0; y < Math.min(before.height(), after.height()); y++) {
            for (int x = 0; x < Math.min(before.width(), after.width()); x++) {
                if (before.pixel(x, y) != after.pixel(x, y)) {
                    changed++;
                }
            }
        }
        assertTrue(changed > 500, "changed pixels: " + changed);
        assertTrue(window.isDirty());
        assertEquals("untitled* - Dynamics Workbench", window.stage().getTitle());
    }

    @Test
    void aMalformedSessionShowsAnErrorAndKeepsTheWindowAsItWas(FxRobot robot) throws Exception {
        Path syntax = Files.writeString(dir.resolve("syntax.json"), "{\"format\": \"dynamics-workbench-session\",\n  oops");
        Path badState = Files.writeString(dir.resolve("bad-state.json"), "{\"format\":\"dynamics-workbench-session\","
                + "\"version\":1,\"selectedTool\":1,\"tools\":["
                + "{\"tool\":\"attractor-explorer\",\"state\":{\"system\":\"Rossler\"}},"
                + "{\"tool\":\"attractor-explorer\",\"state\":{\"system\":\"Lorenz\",\"dt\":-1}}]}");
        List<ToolInstance> instancesBefore = call(robot, window::openInstances);
        String stateBefore = call(robot, () -> window.currentSession().tools().get(0).state().toString());
        String titleBefore = window.stage().getTitle();

        for (Path bad : List.of(syntax, badState)) {
            boolean opened = call(robot, () -> window.openSession(bad));
            assertFalse(opened, bad.toString());
            assertNotNull(window.lastError());
            assertTrue(window.lastError().isShowing());
            Label message = robot.lookup("#error-message").queryAs(Label.class);
            assertTrue(message.getText().startsWith(bad.toString() + ": "), message.getText());
            robot.interact(() -> window.lastError().close());

            List<ToolInstance> instancesAfter = call(robot, window::openInstances);
            assertEquals(instancesBefore.size(), instancesAfter.size());
            assertSame(instancesBefore.get(0), instancesAfter.get(0));
            assertEquals(stateBefore, call(robot, () -> window.currentSession().tools().get(0).state().toString()));
            assertEquals(titleBefore, window.stage().getTitle());
            assertEquals(null, window.sessionFile());
        }
        assertTrue(window.statusMessage().startsWith("Cannot open session"), window.statusMessage());
    }

    @Test
    void theBadStateErrorNamesTheToolAndField(FxRobot robot) throws Exception {
        Path badState = Files.writeString(dir.resolve("dt.json"), "{\"format\":\"dynamics-workbench-session\","
                + "\"version\":1,\"tools\":[{\"tool\":\"attractor-explorer\",\"state\":{\"system\":\"Lorenz\",\"dt\":-1}}]}");
        assertFalse(call(robot, () -> window.openSession(badState)));
        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertTrue(message.getText().startsWith(badState + ": line 1: tools[0].state.dt: "), message.getText());
        robot.interact(() -> window.lastError().close());
    }

    @Test
    void opensASampleSessionAndSavesItBack(FxRobot robot) throws Exception {
        Path sample = SAMPLES.resolve("rossler.json");
        assertTrue(call(robot, () -> window.openSession(sample)));
        WaitForAsyncUtils.waitForFxEvents(); // the new tab's content joins the scene graph on the next pulse
        settledFrame(robot, robot.lookup("#view3d").queryAs(Attractor3DView.class));
        assertEquals("rossler.json - Dynamics Workbench", window.stage().getTitle(), "still unsaved-free once drawn");
        assertFalse(window.isDirty());
        JsonNode state = explorerState(robot);
        assertEquals("Rossler", state.get("system").textValue());
        assertEquals(-50.0, state.get("camera").get("yaw").doubleValue(), 1e-9);

        Path copy = dir.resolve("copy.json");
        assertTrue(call(robot, () -> window.saveTo(copy)));
        assertEquals("copy.json - Dynamics Workbench", window.stage().getTitle());
        Session written = new SessionStore(InstalledTools.load().ids()).read(copy);
        assertEquals(call(robot, window::currentSession), written);
        assertEquals(List.of(copy.toAbsolutePath()), settings().recentFiles().list().subList(0, 1));
        assertTrue(call(robot, () -> window.saveTo(copy)));
        assertTrue(Files.isRegularFile(SessionStore.backupOf(copy)), "the second save keeps the first as .bak");
    }

    @Test
    void anAutosaveLeftByACrashIsOfferedAndRecovered(FxRobot robot) throws Exception {
        Path autosaveFile = settings().autosaveFile();
        assertFalse(call(robot, window::autosaveNow), "nothing to autosave while the session is saved");
        robot.interact(() -> window.openTool(window.installedTools().find("attractor-explorer").orElseThrow()));
        assertTrue(window.isDirty());
        assertTrue(call(robot, window::autosaveNow));
        assertTrue(Files.isRegularFile(autosaveFile));
        Session crashed = call(robot, window::currentSession);

        // a second window starting while the autosave is there (as after a crash) offers it
        MainWindow[] second = new MainWindow[1];
        robot.interact(() -> {
            second[0] = new MainWindow(new Stage(), InstalledTools.load(), renderer, settings());
            second[0].show(null);
        });
        try {
            assertNotNull(second[0].recoveryPrompt());
            assertTrue(second[0].recoveryPrompt().isShowing());
            robot.interact(() -> {
                second[0].recoveryPrompt().setResult(RecoveryPrompt.RECOVER);
                second[0].recoveryPrompt().close();
            });
            assertEquals(crashed, call(robot, second[0]::currentSession));
            assertTrue(second[0].isDirty());
            assertEquals("untitled* - Dynamics Workbench", second[0].stage().getTitle());
        } finally {
            robot.interact(() -> {
                second[0].dispose();
                second[0].stage().close();
            });
        }
        assertFalse(Files.exists(autosaveFile), "a normal close removes the autosave");
    }

    private JsonNode explorerState(FxRobot robot) throws Exception {
        return call(robot, () -> window.currentSession().tools().get(window.currentSession().selectedTool()).state());
    }

    /** Waits until no integration runs and a frame is shown, then returns the frame once it stops changing. */
    private static Frame settledFrame(FxRobot robot, Attractor3DView view) throws Exception {
        Label busy = robot.lookup("#integratingLabel").queryAs(Label.class);
        waitFor(() -> !busy.isVisible() && view.lastFrameProperty().get() != null);
        Frame last = null;
        for (int i = 0; i < 100; i++) {
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            Frame now = call(robot, () -> view.lastFrameProperty().get());
            if (now != null && now == last && !busy.isVisible()) {
                return now;
            }
            last = now;
        }
        throw new TimeoutException("the 3D view kept changing");
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition).get();
        });
    }

    private static <T> T call(FxRobot robot, Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }
}
