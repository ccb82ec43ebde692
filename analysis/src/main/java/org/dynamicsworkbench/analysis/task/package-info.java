/**
 * Progress and cancellation callbacks shared by every long computation, and {@link
 * org.dynamicsworkbench.analysis.task.StepMonitor}, which paces them in step loops. Plain Java, no toolkit.
 */
package org.dynamicsworkbench.analysis.task;
