/**
 * Reading a trained AL-RNN's piecewise-linear structure: the symbolic code of a free run and the occupancy of
 * its subregions, transition counts and the row-stochastic transition matrix with the topological graph of
 * visited regions, the fixed point of every region (real or virtual) with eigenvalues, k-cycles (exhaustive
 * over region sequences while that is cheap, SCYFI-style iteration beyond), and the model's Lyapunov
 * spectrum. Region indices follow {@link org.dynamicsworkbench.analysis.alrnn.AlRnn}: bit j is the activity of
 * latent unit M-P+j. Depends on {@code alrnn} and Commons Math.
 */
package org.dynamicsworkbench.analysis.alrnn.regions;
