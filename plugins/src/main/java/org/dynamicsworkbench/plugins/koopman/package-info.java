/**
 * The Koopman tool: EDMD of a series (a catalog trajectory or a file) with a chosen dictionary, the eigenvalues
 * in the complex plane coloured by their ResDMD residual (a threshold hides polluted ones), pseudospectral
 * contours computed in the background, eigenfunctions painted on the attractor in 3D, a table of eigenvalues,
 * and the HAVOK forcing with its active periods on the trajectory. State, codec, analysis and figures are
 * toolkit-free; {@code KoopmanViewModel} holds the FX-thread state and {@code KoopmanView} the controls. Depends on
 * analysis (koopman), render, the tool SPI and {@code plugins.series}.
 */
package org.dynamicsworkbench.plugins.koopman;
