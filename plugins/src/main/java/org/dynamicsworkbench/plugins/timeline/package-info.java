/**
 * A reusable timeline for anything with a step axis (training runs and their checkpoints), independent of any
 * experiment: {@link org.dynamicsworkbench.plugins.timeline.StepAxis} (the sorted steps a run has, snapping and the
 * log-step slider mapping; toolkit-free), {@link org.dynamicsworkbench.plugins.timeline.Timeline} (the current step
 * as a JavaFX property, step one checkpoint back or forward, play/pause at a speed in checkpoints per second; it
 * grows while a run trains), {@link org.dynamicsworkbench.plugins.timeline.TimelineGroup} ("link by step": several
 * runs' timelines that move together, each snapping to its own nearest checkpoint),
 * {@link org.dynamicsworkbench.plugins.timeline.TimelineControl} (slider on a log-step axis, play/pause, step
 * buttons, speed, the current step), and smoothing as TensorBoard does it:
 * {@link org.dynamicsworkbench.plugins.timeline.SmoothingControl} (a 0..0.999 slider) and
 * {@link org.dynamicsworkbench.plugins.timeline.SmoothedLines} (the raw curve faint, the smoothed one solid).
 *
 * <p>Typical use by a tool: build a {@code Timeline}, give it the run's checkpoint steps ({@code setSteps}), add
 * steps as checkpoints are written ({@code addStep}), listen to {@code currentStepProperty()} to load the
 * checkpoint shown, put a {@code TimelineControl} under the views, and link the timelines of compared runs in a
 * {@code TimelineGroup}. Models are used on the JavaFX thread; {@code StepAxis} and {@code SmoothedLines} on any.
 * Depends on analysis ({@code Smoothing}), render (figure series) and JavaFX.
 */
package org.dynamicsworkbench.plugins.timeline;
