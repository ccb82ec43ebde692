/**
 * Where an analysis tool's series comes from, toolkit-free: a {@link org.dynamicsworkbench.plugins.series.SeriesSpec}
 * names a catalog system (integrated with RK4 or iterated, as the command line's {@code integrate} does) or a
 * .csv/.npy file, and a column; {@link org.dynamicsworkbench.plugins.series.SeriesSpecCodec} reads and writes it in
 * tool states; {@link org.dynamicsworkbench.plugins.series.SeriesLoader} produces the samples. Depends on analysis
 * and the tool SPI's exception only; no JavaFX.
 */
package org.dynamicsworkbench.plugins.series;
