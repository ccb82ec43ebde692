package org.dynamicsworkbench.plugins.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dynamicsworkbench.plugins.spi.BackgroundTasks;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.render.gl.GlRenderer;

/** A {@link ToolContext} test double that records status messages, error dialogs and state changes. */
public final class RecordingContext implements ToolContext {
    private final BackgroundTasks tasks;
    private final GlRenderer renderer;
    public final List<String> statuses = Collections.synchronizedList(new ArrayList<>());
    public final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    public volatile int stateChanges;

    /** @param renderer may be null for tests that draw nothing */
    public RecordingContext(BackgroundTasks tasks, GlRenderer renderer) {
        this.tasks = tasks;
        this.renderer = renderer;
    }

    @Override
    public BackgroundTasks tasks() {
        return tasks;
    }

    @Override
    public GlRenderer renderer() {
        if (renderer == null) {
            throw new IllegalStateException("this test context has no renderer");
        }
        return renderer;
    }

    @Override
    public void status(String message) {
        statuses.add(message);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void stateChanged() {
        stateChanges++;
    }
}
