/**
 * The built-in discrete-time maps (dysts forms), each with its update rule and analytic Jacobian written in
 * Java, and the package-private pieces the blinking vortex map is built from ({@code DiskVortexFlow}, the exact
 * half-period flow of a vortex in a disk, and {@code KeplerEquation}, its phase equation). Depends only on
 * {@code org.dynamicsworkbench.analysis.system}.
 */
package org.dynamicsworkbench.analysis.system.maps;
