/**
 * What the training-dynamics tools (Grokking, Entropy collapse, Concept space, Lazy-to-rich) share about run folders:
 * {@link org.dynamicsworkbench.plugins.runs.RunReading} (one run's manifest, scalars and checkpoint steps), reading
 * the runs a saved state names while refusing folders of another experiment kind ({@code RunFolders}), training a
 * run in the background with coalesced live readings ({@code LiveTraining}) and several side by side
 * ({@code SideBySideTraining}), following a shown run that something else still trains (a detached task, a
 * command-line {@code train}) by reading its folder again while it runs ({@code RunFollower}), the strict state fields they share ({@code StateJson}) and
 * the checks their state records share ({@code StateChecks}), the hyperparameter form built
 * from an experiment configuration's JSON keys ({@code ConfigForm}), figure text ({@code FigureText}) and keeping a
 * timeline in step with a growing run ({@code TimelineSteps}), and the open tool's plumbing: saving and restoring its
 * state through its codec and view model and closing it ({@code RunToolInstance}, {@code StateCodec},
 * {@code RunToolModel}).
 */
package org.dynamicsworkbench.plugins.runs;
