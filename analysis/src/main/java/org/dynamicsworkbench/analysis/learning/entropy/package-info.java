/**
 * Entropy collapse in RL for reasoning (Cui et al. 2025), as the spec's CPU analogue: a contextual bandit with a
 * nonlinear teacher ({@code BanditTask}), a linear softmax policy trained by GRPO with several mini-batch updates
 * per rollout ({@link org.dynamicsworkbench.analysis.learning.entropy.EntropyExperiment}), the Clip-Cov / KL-Cov /
 * entropy-bonus / clip-higher loss shapings ({@link org.dynamicsworkbench.analysis.learning.entropy.EntropyMode}),
 * and the fit of the empirical law {@code R = -a e^H + b}
 * ({@link org.dynamicsworkbench.analysis.learning.entropy.ExponentialLawFit}). Depends only on
 * {@code analysis.learning} and Jackson.
 */
package org.dynamicsworkbench.analysis.learning.entropy;
