package org.dynamicsworkbench.plugins.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;

/** One open tool: its view and its state. Every method is called on the FX thread. */
public interface ToolInstance {

    /** The view shown in the workbench's tool area. */
    Node view();

    /** Writes the state (parameters, view state such as the camera) as plain JSON values. */
    ObjectNode saveState();

    /**
     * Restores a state written by {@link #saveState()} (possibly by an older version). Validates before
     * changing anything: on a malformed state throws {@link ToolStateException} naming the field and the
     * problem, and leaves the instance as it was.
     */
    void restoreState(JsonNode state) throws ToolStateException;

    /**
     * Like {@link #restoreState(JsonNode)} for a state read from a session file in {@code sessionFolder}, against
     * which the state's relative paths (a data file, a run folder) resolve. The default ignores the folder.
     */
    default void restoreState(JsonNode state, Path sessionFolder) throws ToolStateException {
        restoreState(state);
    }

    /**
     * The figures this instance can export as it is now (its current parameters, trajectory, results), in menu
     * order with unique ids; listed in the window's export dialog. Called on the FX thread; the specs' builders
     * run on any thread. Empty by default.
     */
    default List<FigureSpec> figures() {
        return List.of();
    }

    /** Cancels the instance's background work and frees its resources (GL buffers). */
    void close();
}
