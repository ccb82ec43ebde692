/**
 * An example external plugin, built as its own jar and loaded by the workbench from a plugin folder: the
 * recurrence plot of a catalog system ({@link org.dynamicsworkbench.example.recurrence.RecurrencePlotTool}),
 * its recurrence quantification (recurrence rate and determinism, plain Java on flat arrays), and a small
 * JavaFX view drawing the recurrence matrix on a canvas. Depends only on the SPI and what it exposes
 * (analysis, JavaFX, Jackson), never on the workbench.
 */
package org.dynamicsworkbench.example.recurrence;
