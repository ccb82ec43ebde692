package org.dynamicsworkbench.plugins.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A kind of tool the workbench can open (the attractor explorer, later AL-RNN, Koopman, ...). Implementations
 * are stateless, have a public no-argument constructor and are listed in
 * {@code META-INF/services/org.dynamicsworkbench.plugins.spi.Tool}.
 *
 * <p>A tool may declare typed {@link #parameters()} and a headless {@link #computation()}: the command line
 * runs it as {@code tool ID --param name=value}, and a tool that builds no view of its own leaves
 * {@link #open} at its default, which asks the workbench for its generic inspector (a form of the
 * parameters, a Run button with progress and cancel, and the result values).
 */
public interface Tool {

    /** Stable id used in session files and on the command line, e.g. "attractor-explorer". Unique. */
    String id();

    /** Human title for menus and tabs. */
    String title();

    /** One sentence for the tool list. */
    String description();

    /**
     * The typed parameters, in the order the inspector shows them; their names are unique. Empty by
     * default (a tool whose view handles its own settings, like the attractor explorer).
     */
    default List<ToolParameter> parameters() {
        return List.of();
    }

    /** The computation the command line can run without a window; empty by default. */
    default Optional<ToolComputation> computation() {
        return Optional.empty();
    }

    /**
     * The figures an instance restored from {@code state} (as saved in a session) would offer, built without a
     * window: the command line's {@code figures} and {@code export} use them. Must not touch JavaFX; listing must
     * be cheap, so builders compute what they need (integrations, results) only when they run. Use the same ids
     * as {@link ToolInstance#figures()}. Empty by default.
     *
     * @throws ToolStateException when the state is malformed, naming the field and the problem
     */
    default List<FigureSpec> figuresFor(JsonNode state) throws ToolStateException {
        return List.of();
    }

    /**
     * Like {@link #figuresFor(JsonNode)} for a state read from a session file in {@code sessionFolder}, against which
     * the state's relative paths (a data file, a run folder) resolve. The default ignores the folder.
     *
     * @throws ToolStateException when the state is malformed or a path it names cannot be used
     */
    default List<FigureSpec> figuresFor(JsonNode state, Path sessionFolder) throws ToolStateException {
        return figuresFor(state);
    }

    /**
     * Opens a new instance with default state. Called on the FX thread. The default opens the workbench's
     * generic inspector over {@link #parameters()} and {@link #computation()}; tools with a view of their
     * own override it.
     */
    default ToolInstance open(ToolContext context) {
        return context.inspector(this);
    }
}
