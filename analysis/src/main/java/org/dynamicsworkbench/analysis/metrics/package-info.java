/**
 * Measures of how well a generated series reproduces a reference one, as in dynamical-systems reconstruction:
 * the state-space divergence D_stsp (histogram KL for low dimension, Gaussian-mixture Monte Carlo for high),
 * the power-spectrum Hellinger distance D_H, and the real FFT they need. Inputs are row-major
 * {@code double[]} series of equal column count. Depends on the JDK only.
 */
package org.dynamicsworkbench.analysis.metrics;
