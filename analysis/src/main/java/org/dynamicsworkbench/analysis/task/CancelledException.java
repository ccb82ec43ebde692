package org.dynamicsworkbench.analysis.task;

/** Thrown by a computation whose {@link CancellationToken} was cancelled. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }
}
