/**
 * What the training-dynamics tools other than Grokking share about run folders: reading the runs a saved state
 * names (refusing folders of another experiment kind), training a run in the background with coalesced live
 * readings, and the hyperparameter form built from an experiment configuration's JSON keys. Readings are the
 * Grokking tool's {@link org.dynamicsworkbench.plugins.grokking.RunReading}, which is not specific to grokking.
 */
package org.dynamicsworkbench.plugins.runs;
