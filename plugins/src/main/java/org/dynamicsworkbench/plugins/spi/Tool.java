package org.dynamicsworkbench.plugins.spi;

/**
 * A kind of tool the workbench can open (the attractor explorer, later AL-RNN, Koopman, ...). Implementations
 * are stateless, have a public no-argument constructor and are listed in
 * {@code META-INF/services/org.dynamicsworkbench.plugins.spi.Tool}.
 */
public interface Tool {

    /** Stable id used in session files and on the command line, e.g. "attractor-explorer". Unique. */
    String id();

    /** Human title for menus and tabs. */
    String title();

    /** One sentence for the tool list. */
    String description();

    /** Opens a new instance with default state. Called on the FX thread. */
    ToolInstance open(ToolContext context);
}
