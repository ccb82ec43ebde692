/**
 * Training an AL-RNN: windows of a standardised series ({@link
 * org.dynamicsworkbench.analysis.alrnn.train.TrainingData}), sparse and generalized teacher forcing, the
 * explicit BPTT gradient on flat arrays ({@link org.dynamicsworkbench.analysis.alrnn.train.Bptt}), RAdam,
 * the adaptive GTF alpha, the checkpoint evaluation, and the trainer whose whole state can be saved and
 * resumed exactly. Depends on {@code alrnn}, {@code metrics}, {@code task} and Commons Math.
 */
package org.dynamicsworkbench.analysis.alrnn.train;
