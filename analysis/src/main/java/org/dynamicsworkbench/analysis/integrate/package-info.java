/**
 * Integrators (fixed-step RK4, adaptive DOP853 with dense output) and the immutable {@link
 * org.dynamicsworkbench.analysis.integrate.Trajectory} they produce. Maps are iterated by
 * {@link org.dynamicsworkbench.analysis.integrate.MapIterator}.
 */
package org.dynamicsworkbench.analysis.integrate;
