package org.dynamicsworkbench.analysis.learning.run;

import java.util.Locale;

/** Where an experiment run stands, as stored in {@code run.json}. */
public enum RunStatus {
    /** Training (or killed while training: resumable from its last checkpoint). */
    RUNNING,
    /** Reached its last step. */
    FINISHED,
    /** Stopped by the user; resumable. */
    CANCELLED,
    /** Diverged or failed; its checkpoints are kept and the message says why. */
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RunStatus parse(String text) {
        for (RunStatus s : values()) {
            if (s.label().equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text + "' (running, finished, cancelled, failed)");
    }
}
