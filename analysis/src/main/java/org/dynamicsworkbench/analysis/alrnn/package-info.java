/**
 * The almost-linear RNN (AL-RNN) of Brenner et al. (NeurIPS 2024): the model {@link
 * org.dynamicsworkbench.analysis.alrnn.AlRnn} (latent dimension M, the last P units piecewise linear,
 * identity readout of the first N units, trainable initial-state map L), its shape and parameter layout,
 * its initialisation, and the seeded random generator whose state can be saved. Implemented from the
 * equations, not from the reference code. Depends on the JDK and Commons Math only.
 * Sub-packages: {@code train} (sparse and generalized teacher forcing, BPTT, RAdam), {@code regions}
 * (subregions, symbolic code, fixed points and cycles, Lyapunov spectrum), {@code run} (run directories).
 */
package org.dynamicsworkbench.analysis.alrnn;
