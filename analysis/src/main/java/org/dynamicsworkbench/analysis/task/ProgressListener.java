package org.dynamicsworkbench.analysis.task;

/** Receives the fraction done of a long computation; called from the computing thread. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores every report. */
    ProgressListener NONE = fraction -> { };

    /** @param fraction in [0, 1] */
    void report(double fraction);
}
