/**
 * JavaFX controls for choosing a {@link org.dynamicsworkbench.plugins.series.SeriesSpec} (a catalog system's
 * coordinate or a file's column), shared by the analysis tools. Depends on {@code plugins.series} and JavaFX.
 */
package org.dynamicsworkbench.plugins.series.fx;
