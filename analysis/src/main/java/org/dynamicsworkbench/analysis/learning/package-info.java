/**
 * Training-dynamics experiments (grokking, lazy-to-rich regression, entropy collapse, concept space): the
 * {@link org.dynamicsworkbench.analysis.learning.Experiment} contract every experiment implements, its
 * seeded random source with a saveable state, and checkpoint tensors. Running, logging and storing runs is in
 * {@code learning.run}; each experiment lives in its own sub-package.
 */
package org.dynamicsworkbench.analysis.learning;
