package org.dynamicsworkbench.plugins.spi;

import org.dynamicsworkbench.render.gl.GlRenderer;

/** What the workbench offers an open tool. */
public interface ToolContext {

    /** Runs computations off the FX thread, with progress and cancel, and hands results back on it. */
    BackgroundTasks tasks();

    /**
     * The workbench's one offscreen OpenGL renderer, shared by every tool for its 3D views and image
     * export. Owned by the workbench: tools never close it.
     */
    GlRenderer renderer();

    /** Shows a short message in the status bar. Any thread. */
    void status(String message);

    /** Reports an error to the user (a dialog in the window). Any thread. */
    void showError(String title, String message);

    /**
     * A new instance of the workbench's generic inspector for {@code tool}: a form of its typed parameters,
     * a Run button for its computation (progress and cancel in the status bar) and the result values; its
     * saved state is {@code {"parameters": {...}}}. The default throws: a context that offers no inspector
     * (a test double, a headless host) says so.
     *
     * @throws UnsupportedOperationException when this context has no generic inspector
     */
    default ToolInstance inspector(Tool tool) {
        throw new UnsupportedOperationException("this workbench offers no generic inspector (tool '" + tool.id() + "')");
    }

    /** Tells the workbench that the tool's saved state changed (the session becomes unsaved). FX thread. */
    void stateChanged();
}
