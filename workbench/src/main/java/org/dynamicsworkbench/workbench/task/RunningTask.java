package org.dynamicsworkbench.workbench.task;

import org.dynamicsworkbench.plugins.spi.TaskHandle;

/** A task as the task list sees it: a title, an id and a way to cancel it. */
public interface RunningTask extends TaskHandle {

    /** Unique within its runner, increasing in submission order. */
    long id();

    String title();

    /** Whether cancellation was requested. */
    boolean isCancelled();
}
