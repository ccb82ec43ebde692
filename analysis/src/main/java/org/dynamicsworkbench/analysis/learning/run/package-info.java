/**
 * Running experiments and keeping them on disk: the run plan (length, logging cadence, checkpoint schedule),
 * the run folder ({@code run.json}, append-only {@code metrics.jsonl}, atomic {@code checkpoints/step-N/}
 * folders of .npy tensors), the runner that trains, logs, checkpoints, cancels and resumes, the loaded history
 * of a run, and TensorBoard-style smoothing.
 */
package org.dynamicsworkbench.analysis.learning.run;
