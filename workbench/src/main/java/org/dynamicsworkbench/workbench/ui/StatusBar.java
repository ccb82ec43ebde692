package org.dynamicsworkbench.workbench.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.dynamicsworkbench.workbench.task.RunningTask;
import org.dynamicsworkbench.workbench.task.TaskListener;

/**
 * The bottom bar: the latest message, the running tasks (title, progress, cancel button) and the OpenGL
 * renderer in use. Follows a {@link org.dynamicsworkbench.workbench.task.TaskRunner} as its listener.
 */
final class StatusBar extends HBox implements TaskListener {
    private final Label message = new Label("Ready");
    private final HBox taskList = new HBox(8);
    private final Label glDescription = new Label();
    private final Map<Long, TaskChip> chips = new HashMap<>();

    StatusBar() {
        super(12);
        setId("status-bar");
        setPadding(new Insets(3, 8, 3, 8));
        setAlignment(Pos.CENTER_LEFT);
        message.setId("status-message");
        message.setMinWidth(Region.USE_PREF_SIZE);
        taskList.setId("task-list");
        taskList.setAlignment(Pos.CENTER_LEFT);
        glDescription.setId("gl-description");
        glDescription.setStyle("-fx-text-fill: #666;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, taskList, spacer, glDescription);
        setStyle("-fx-border-color: #ccc transparent transparent transparent;");
    }

    void showMessage(String text) {
        message.setText(text);
    }

    String message() {
        return message.getText();
    }

    void setGlDescription(String text) {
        glDescription.setText("OpenGL " + text);
        glDescription.setTooltip(new Tooltip("Offscreen renderer: " + text));
    }

    /** Number of tasks shown as running. */
    int runningTasks() {
        return chips.size();
    }

    @Override
    public void started(RunningTask task) {
        TaskChip chip = new TaskChip(task);
        chips.put(task.id(), chip);
        taskList.getChildren().add(chip);
    }

    @Override
    public void progressed(RunningTask task, double fraction) {
        TaskChip chip = chips.get(task.id());
        if (chip != null) {
            chip.progress.setProgress(Math.max(0, Math.min(1, fraction)));
        }
    }

    @Override
    public void finished(RunningTask task) {
        TaskChip chip = chips.remove(task.id());
        if (chip != null) {
            taskList.getChildren().remove(chip);
        }
    }

    /** One running task: its title, a progress bar (indeterminate until the first report) and a cancel button. */
    private static final class TaskChip extends HBox {
        final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);

        TaskChip(RunningTask task) {
            super(4);
            setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("task-chip");
            progress.setPrefWidth(90);
            Button cancel = new Button("\u2715");
            cancel.getStyleClass().add("task-cancel");
            cancel.setTooltip(new Tooltip("Cancel " + task.title()));
            cancel.setOnAction(e -> {
                task.cancel();
                cancel.setDisable(true);
            });
            cancel.setStyle("-fx-padding: 0 4 0 4;");
            getChildren().addAll(new Label(task.title()), progress, cancel);
        }
    }
}
