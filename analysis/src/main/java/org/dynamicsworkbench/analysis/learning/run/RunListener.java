package org.dynamicsworkbench.analysis.learning.run;

import java.util.Map;

/** Told, on the training thread, what a running experiment has just written. */
public interface RunListener {
    /** A listener that ignores everything. */
    RunListener NONE = new RunListener() {
    };

    /** Scalars logged at {@code step} (already appended to metrics.jsonl). */
    default void scalarsLogged(long step, Map<String, Double> values) {
    }

    /** A checkpoint at {@code step} is complete on disk. */
    default void checkpointWritten(long step) {
    }
}
