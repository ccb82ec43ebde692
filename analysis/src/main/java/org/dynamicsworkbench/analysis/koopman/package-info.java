/**
 * Koopman spectral analysis from data: dictionaries of observables ({@link
 * org.dynamicsworkbench.analysis.koopman.Dictionary}: monomials, radial basis functions, delay coordinates,
 * unions and compositions), EDMD from one streaming pass ({@link org.dynamicsworkbench.analysis.koopman.Edmd}),
 * kernel EDMD, ResDMD residuals and pseudospectra in the QR form ({@link
 * org.dynamicsworkbench.analysis.koopman.ResDmd}), Hankel-DMD and HAVOK. Snapshot data are flat row-major
 * arrays; the lifted matrices Psi_X, Psi_Y are never stored for all samples. Depends on the JDK and Commons
 * Math (SVD, eigen decomposition).
 */
package org.dynamicsworkbench.analysis.koopman;
