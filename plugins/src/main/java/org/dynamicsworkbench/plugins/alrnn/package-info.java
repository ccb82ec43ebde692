/**
 * The AL-RNN tool ("alrnn"): set up and train an almost-linear RNN on a catalog system or a data file as a
 * background task writing a run directory (several runs wait in the workbench's {@code TrainingQueue}, one trains at a
 * time, and a tool closed or reopened while a run trains follows it again by its run folder), follow its loss, D_stsp, D_H and alpha, and read a trained model (the
 * free run coloured by subregion, the symbol strip, the transition graph, fixed points and cycles, a table of
 * regions). Figures are toolkit-free and export headless. Depends on analysis (the AL-RNN, its run directory and
 * region analysis), render and the plugin SPI.
 */
package org.dynamicsworkbench.plugins.alrnn;
