package org.dynamicsworkbench.analysis.learning.run;

/**
 * How a call to the runner ended.
 *
 * @param status  FINISHED, CANCELLED or FAILED
 * @param step    the step reached
 * @param message empty, or why it failed
 */
public record RunOutcome(RunStatus status, long step, String message) {
}
