package org.dynamicsworkbench.workbench.session;

/**
 * A session file cannot be used: unreadable, too large, not JSON, or not a valid session. The message is
 * one line naming the file, the place in it and the problem, e.g.
 * {@code sessions/x.json: tools[1].tool: unknown tool 'koopmann' (available: attractor-explorer)}.
 */
public final class SessionFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public SessionFormatException(String message) {
        super(message);
    }

    public SessionFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
