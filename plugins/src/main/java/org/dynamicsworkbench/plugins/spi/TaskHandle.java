package org.dynamicsworkbench.plugins.spi;

/** A submitted background task. */
public interface TaskHandle {

    /** Requests cancellation; the computation stops at its next poll and no callback runs. */
    void cancel();

    boolean isDone();
}
