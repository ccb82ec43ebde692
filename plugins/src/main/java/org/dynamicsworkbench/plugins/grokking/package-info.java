/**
 * The Grokking tool: choose a preset and edit every hyperparameter, train the "grokking" experiment in the
 * background into a run folder of the session (curves and timeline grow live) or open a finished run, and scrub
 * one {@link org.dynamicsworkbench.plugins.timeline.Timeline} through its checkpoints: loss and accuracy on a
 * log-step axis with the t_mem and t_gen markers, the p-by-p test-correctness grid, the neurons-by-frequency Fourier
 * map with the dominant-frequency histogram, and the weight-norm, relative-change and alignment curves. Other runs
 * overlay the curves (their timelines linked by step); a sweep over two hyperparameters runs as background tasks
 * and fills a phase diagram coloured by time-to-generalise.
 *
 * <p>{@code SweepReading}, the state and its codec and {@code GrokkingFigures} are
 * toolkit-free (the command line exports the figures of a session); {@code GrokkingViewModel} holds the FX-thread
 * state and {@code GrokkingView} the controls. Depends on analysis ({@code learning.run}), render (figures), the
 * tool SPI and {@code plugins.timeline}; it reads the experiment only through its kind's name, its config JSON and
 * the run folder, so it does not depend on the grokking experiment's classes.
 */
package org.dynamicsworkbench.plugins.grokking;
