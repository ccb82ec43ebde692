/**
 * Dynamical systems (flows and maps) as immutable rules kept apart from their parameters and
 * trajectories, and the catalog of named systems loaded from the dysts metadata.
 */
package org.dynamicsworkbench.analysis.system;
