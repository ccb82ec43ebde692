/**
 * Background tasks: {@link org.dynamicsworkbench.workbench.task.TaskRunner}, the workbench's implementation
 * of the tool SPI's {@code BackgroundTasks} (a bounded pool of daemon threads, progress throttled onto the
 * UI thread, callbacks on the UI thread, cancellation without callbacks). Toolkit-free: the UI thread is
 * an {@link java.util.concurrent.Executor} given by the caller ({@code Platform::runLater} in the window).
 */
package org.dynamicsworkbench.workbench.task;
