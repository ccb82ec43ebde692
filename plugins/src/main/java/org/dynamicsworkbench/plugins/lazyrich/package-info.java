/**
 * The Lazy-to-rich tool: Kumar, Bordelon, Gershman and Pehlevan's polynomial regression (the "lazy-rich"
 * experiment) with the output scale alpha on a log slider. Releasing the slider trains that alpha's run in the
 * background into a folder of the session named by its parameters (a finished run of the same setup is reused, a
 * cancelled one resumed; a run still training is cancelled), and the previous run stays as an overlay so lazy and
 * rich training can be compared. One {@link org.dynamicsworkbench.plugins.timeline.Timeline} moves every view: train
 * and test loss on a log-step axis with the halving steps and the early test-loss peak, the exact decomposition
 * t1 + t2 + t3 against the measured test loss, the M- and NTK alignments with the NTK drift and the relative weight
 * change, and the eigenvalues of M = W^T W / N at the current checkpoint.
 *
 * <p>{@code LazyRichRun}, {@code LazyRichTraining}, the state, setup and codec and {@code LazyRichFigures} are
 * toolkit-free (the command line exports the figures of a session); {@code LazyRichViewModel} holds the FX-thread
 * state and {@code LazyRichView} the controls. Depends on analysis (the lazy-rich experiment's config and kind, and
 * {@code learning.run}), render (figures), the tool SPI and {@code plugins.timeline}.
 */
package org.dynamicsworkbench.plugins.lazyrich;
