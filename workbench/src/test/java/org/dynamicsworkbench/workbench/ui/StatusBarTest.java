package org.dynamicsworkbench.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.dynamicsworkbench.workbench.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar shows a running task with its progress and cancels it from its button (real FX thread). */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
    private final TaskRunner tasks = new TaskRunner(2, Platform::runLater, TaskRunner.DEFAULT_PROGRESS_INTERVAL);
    private StatusBar bar;

    @Start
    void start(Stage stage) {
        bar = new StatusBar(); // controls need the toolkit that the extension starts before this method
        tasks.addListener(bar);
        bar.setGlDescription("test renderer");
        stage.setScene(new Scene(bar, 700, 40));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void aRunningTaskShowsProgressAndTheCancelButtonStopsIt(FxRobot robot) throws Exception {
        List<String> callbacks = new CopyOnWriteArrayList<>();
        tasks.submit("Spinning", (progress, cancel) -> {
            long i = 0;
            while (true) {
                cancel.throwIfCancelled();
                progress.report(Math.min(0.9, ++i / 1e7));
                Thread.onSpinWait();
            }
        }, value -> callbacks.add("success"), error -> callbacks.add("failure " + error));

        HBox taskList = robot.lookup("#task-list").queryAs(HBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> taskList.getChildren().size() == 1
                && robot.lookup("#task-list .progress-bar").queryAs(ProgressBar.class).getProgress() > 0);
        assertTrue(robot.lookup("#task-list .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "Spinning".equals(l.getText())));

        robot.clickOn(".task-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> taskList.getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), callbacks, "a cancelled task calls neither callback");
        assertEquals(0, bar.runningTasks());
    }

    @Test
    void messagesAndTheRendererAreShown(FxRobot robot) {
        robot.interact(() -> bar.showMessage("Opened x.json"));
        assertEquals("Opened x.json", robot.lookup("#status-message").queryAs(Label.class).getText());
        assertEquals("OpenGL test renderer", robot.lookup("#gl-description").queryAs(Label.class).getText());
    }
}
