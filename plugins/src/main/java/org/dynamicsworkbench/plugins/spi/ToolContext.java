package org.dynamicsworkbench.plugins.spi;

/** What the workbench offers an open tool. */
public interface ToolContext {

    /** Runs computations off the FX thread, with progress and cancel, and hands results back on it. */
    BackgroundTasks tasks();

    /** Shows a short message in the status bar. Any thread. */
    void status(String message);

    /** Reports an error to the user (a dialog in the window). Any thread. */
    void showError(String title, String message);

    /** Tells the workbench that the tool's saved state changed (the session becomes unsaved). FX thread. */
    void stateChanged();
}
