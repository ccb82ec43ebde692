package org.dynamicsworkbench.workbench.ui;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.dynamicsworkbench.plugins.spi.BackgroundTasks;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.render.gl.GlRenderer;

/**
 * What the window offers one open tool. A context starts detached (while a session is validated on fresh
 * instances, their state changes must not mark the window unsaved) and is attached once its instance is
 * shown. {@link #status} and {@link #showError} may be called from any thread.
 */
final class WorkbenchToolContext implements ToolContext {
    private final BackgroundTasks tasks;
    private final GlRenderer renderer;
    private final Consumer<String> status;
    private final BiConsumer<String, String> errors;
    private final Runnable stateChanged;
    private boolean attached;

    WorkbenchToolContext(BackgroundTasks tasks, GlRenderer renderer, Consumer<String> status,
                         BiConsumer<String, String> errors, Runnable stateChanged) {
        this.tasks = Objects.requireNonNull(tasks);
        this.renderer = Objects.requireNonNull(renderer);
        this.status = Objects.requireNonNull(status);
        this.errors = Objects.requireNonNull(errors);
        this.stateChanged = Objects.requireNonNull(stateChanged);
    }

    /** From now on state changes mark the window unsaved. FX thread. */
    void attach() {
        attached = true;
    }

    @Override
    public BackgroundTasks tasks() {
        return tasks;
    }

    @Override
    public GlRenderer renderer() {
        return renderer;
    }

    @Override
    public void status(String message) {
        onFxThread(() -> status.accept(message));
    }

    @Override
    public void showError(String title, String message) {
        onFxThread(() -> errors.accept(title, message));
    }

    @Override
    public ToolInstance inspector(Tool tool) {
        return new GenericInspector(tool, this);
    }

    @Override
    public void stateChanged() {
        if (attached) {
            stateChanged.run();
        }
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
