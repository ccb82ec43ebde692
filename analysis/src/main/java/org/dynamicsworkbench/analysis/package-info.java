/**
 * Pure Java numerics of the workbench: dynamical systems and their catalog, integrators, trajectories,
 * Lyapunov spectra. Depends on nothing but the JDK, Commons Math and Jackson; never on JavaFX or JOGL.
 */
package org.dynamicsworkbench.analysis;
