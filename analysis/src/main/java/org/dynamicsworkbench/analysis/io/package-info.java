/**
 * Reading and writing trajectories and user time series as .npy (NPY 1.0, little-endian float64) and .csv,
 * chosen by file extension. Every write is atomic (temp file in the same folder, then an atomic move);
 * every read validates the file before allocating. Depends on the JDK and
 * {@code org.dynamicsworkbench.analysis.integrate} only.
 */
package org.dynamicsworkbench.analysis.io;
