package org.dynamicsworkbench.workbench.task;

/** Follows the tasks of a {@link TaskRunner} (the status bar's task list). Every call is on the UI thread. */
public interface TaskListener {

    /** A task was submitted (it may still wait for a thread). */
    void started(RunningTask task);

    /** A task reported progress; at most one call per throttle interval per task. */
    void progressed(RunningTask task, double fraction);

    /** A task ended: succeeded, failed or cancelled. */
    void finished(RunningTask task);
}
