package org.dynamicsworkbench.analysis.task;

/** Polled by long computations; once it says cancelled, the computation throws {@link CancelledException}. */
@FunctionalInterface
public interface CancellationToken {
    /** A token that is never cancelled. */
    CancellationToken NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
