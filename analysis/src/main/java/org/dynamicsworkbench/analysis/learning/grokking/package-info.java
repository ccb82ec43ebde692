/**
 * Grokking on modular addition (learning-dynamics spec section 1.2): pairs (a, b) in Z_p^2 labelled
 * (a + b) mod p, a two-layer quadratic MLP {@code o = W (U[:, a] + V[:, b])^2} trained full batch with MSE and
 * AdamW. {@link org.dynamicsworkbench.analysis.learning.grokking.GrokkingKind} is the experiment kind;
 * {@link org.dynamicsworkbench.analysis.learning.grokking.GrokkingConfig} and
 * {@link org.dynamicsworkbench.analysis.learning.grokking.GrokkingPreset} its hyperparameters; the arithmetic
 * runs in a package-private {@code GrokkingEngine} (plain Java, or ND4J on CPU
 * or CUDA for the larger preset); {@link org.dynamicsworkbench.analysis.learning.grokking.GrokkingMeasures}
 * computes the progress measures (Fourier IPR, CKA, effective rank, Nanda's restricted and excluded loss) and
 * {@link org.dynamicsworkbench.analysis.learning.grokking.GrokkingMilestones} reads t_mem and t_gen from a run.
 */
package org.dynamicsworkbench.analysis.learning.grokking;
