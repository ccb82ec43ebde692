package org.dynamicsworkbench.plugins.spi;

/** A tool state (from a session file) is malformed; the message names the field and the problem. */
public final class ToolStateException extends Exception {
    private static final long serialVersionUID = 1L;

    public ToolStateException(String message) {
        super(message);
    }

    public ToolStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
