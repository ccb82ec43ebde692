/**
 * The "Entropy collapse" tool (Cui et al. 2025; spec section 2): train or open runs of the {@code entropy}
 * experiment (GRPO on a contextual bandit, vanilla / Clip-Cov / KL-Cov / entropy bonus / clip-higher), overlay them,
 * and read on one timeline the entropy and reward curves, the empirical law {@code R = -a e^H + b} fitted live (with
 * its ceiling, RMSE and the fit-on-the-first-eighth extrapolation), the covariance lemma's predicted {@code dH}
 * against the measured one, and the tokens the intervention touched. State codec, figure specs for headless export,
 * view model and view.
 */
package org.dynamicsworkbench.plugins.entropy;
