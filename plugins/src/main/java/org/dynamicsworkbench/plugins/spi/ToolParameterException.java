package org.dynamicsworkbench.plugins.spi;

/**
 * A value given for a tool's typed parameter is unusable (unknown name, wrong type, out of range). The
 * message is one line starting with the parameter's name, e.g. {@code epsilon: must be a number in
 * [0.001, 1], got '2'}.
 */
public final class ToolParameterException extends Exception {
    private static final long serialVersionUID = 1L;

    public ToolParameterException(String message) {
        super(message);
    }
}
