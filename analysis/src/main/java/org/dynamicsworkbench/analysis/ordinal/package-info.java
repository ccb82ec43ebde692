/**
 * Ordinal-pattern analysis (Bandt-Pompe) and the PECCARY complexity-entropy plane: ordinal patterns with
 * stable tie-breaking counted by Lehmer code ({@link org.dynamicsworkbench.analysis.ordinal.OrdinalPatterns}),
 * the normalised permutation entropy H and the Jensen-Shannon statistical complexity C
 * ({@link org.dynamicsworkbench.analysis.ordinal.ComplexityEntropy}), the exact C_min / C_max curves and the
 * periodic band ({@link org.dynamicsworkbench.analysis.ordinal.ComplexityBounds}), peccary's ideal-sampling
 * advice ({@link org.dynamicsworkbench.analysis.ordinal.SamplingAdvice}) and a parallel sweep over the delay
 * ({@link org.dynamicsworkbench.analysis.ordinal.TauSweep}). Depends on the JDK only.
 */
package org.dynamicsworkbench.analysis.ordinal;
