/**
 * Concept-space learning dynamics (Park et al. 2024), as the spec's CPU analogue: a conditional DDPM with an MLP
 * denoiser (explicit forward/backward on float arrays, AdamW) learning a 2x2 vector concept task with a held-out
 * corner ({@link org.dynamicsworkbench.analysis.learning.concepts.ConceptExperiment}), evaluated by ancestral
 * sampling in parallel across prompts; and the analyses of the authors' notebooks: Gaussian smoothing along
 * checkpoints, learning times, speed and sudden turns
 * ({@link org.dynamicsworkbench.analysis.learning.concepts.ConceptTrajectory}), and averages over seeds
 * ({@link org.dynamicsworkbench.analysis.learning.concepts.SeedAverage}). Depends only on
 * {@code analysis.learning} and Jackson.
 */
package org.dynamicsworkbench.analysis.learning.concepts;
