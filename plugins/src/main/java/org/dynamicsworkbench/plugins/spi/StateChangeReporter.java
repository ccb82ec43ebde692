package org.dynamicsworkbench.plugins.spi;

import java.util.Objects;
import javafx.beans.value.ObservableValue;

/**
 * Tells the workbench when a tool's saved state changes ({@link ToolContext#stateChanged()}), except while
 * the tool is restoring a state from a session, which must not mark the session unsaved. FX thread only.
 */
public final class StateChangeReporter {
    private final ToolContext context;
    private boolean restoring;

    /** Reports every change of {@code state} to {@code context}. */
    public StateChangeReporter(ToolContext context, ObservableValue<?> state) {
        this.context = Objects.requireNonNull(context, "context");
        state.addListener((obs, was, now) -> {
            if (!restoring) {
                this.context.stateChanged();
            }
        });
    }

    /** Runs {@code restore} without reporting the changes it makes. */
    public <E extends Exception> void whileRestoring(Restore<E> restore) throws E {
        restoring = true;
        try {
            restore.run();
        } finally {
            restoring = false;
        }
    }

    /** A restoring step that may throw a checked exception. */
    @FunctionalInterface
    public interface Restore<E extends Exception> {
        void run() throws E;
    }
}
