/**
 * Preparing sampled series for analysis: {@link org.dynamicsworkbench.analysis.series.UnboundedCoordinates}
 * reads a catalog system's unbounded coordinates (a forcing phase) through cos and sin, as dysts does, so that a
 * whole-state analysis sees a bounded state. Depends on {@code analysis.system} only; no toolkit.
 */
package org.dynamicsworkbench.analysis.series;
