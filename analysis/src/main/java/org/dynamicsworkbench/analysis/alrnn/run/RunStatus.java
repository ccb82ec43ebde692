package org.dynamicsworkbench.analysis.alrnn.run;

import java.nio.file.Path;
import java.util.Locale;

/** Where a run stands. */
public enum RunStatus {
    /** Created or interrupted: can be resumed. */
    RUNNING,
    /** All epochs done. */
    FINISHED,
    /** Stopped on purpose; can be resumed. */
    CANCELLED,
    /** Stopped on a non-finite loss or parameter; the last good checkpoint is kept. */
    DIVERGED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RunStatus fromLabel(Path file, String label) throws RunFormatException {
        for (RunStatus s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new RunFormatException(file, "unknown status '" + label + "'");
    }
}
