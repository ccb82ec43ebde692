/**
 * Kumar, Bordelon, Gershman and Pehlevan's lazy-to-rich polynomial regression (ICLR 2024) as an
 * {@link org.dynamicsworkbench.analysis.learning.Experiment}: a width-N network
 * {@code f(x) = alpha * mean_i phi(w_i . x)} with {@code phi(h) = h + (eps/2) h^2} and a fixed readout learns the
 * single-index target {@code y = (beta . x)^2 / 2} on Gaussian inputs by full-batch gradient descent. A large
 * output scale alpha keeps the network lazy for long (it first fits a kernel regression with its initial
 * features, and the test loss even rises), before features are learned and the test loss falls late.
 *
 * <p>What lives here: the configuration ({@link org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichConfig}),
 * the seeded data set, the network's forward pass and gradient on flat arrays, the exact test-loss decomposition
 * from the sufficient statistics (w-bar, M), the empirical neural tangent kernel and its alignments, the
 * experiment and its kind. Depends only on {@code analysis.learning} and commons-math (eigenvalues of M).
 */
package org.dynamicsworkbench.analysis.learning.lazyrich;
