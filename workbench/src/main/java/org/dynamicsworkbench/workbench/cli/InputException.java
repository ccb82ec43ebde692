package org.dynamicsworkbench.workbench.cli;

/**
 * Bad input on the command line or in a file it names. The message is {@code <input>: <problem>}; the
 * command line prints it as {@code error: <input>: <problem>} and exits with code 2.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String input, String problem) {
        super(input + ": " + problem);
    }

    public InputException(String input, String problem, Throwable cause) {
        super(input + ": " + problem, cause);
    }
}
