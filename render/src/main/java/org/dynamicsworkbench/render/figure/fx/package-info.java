/**
 * The JavaFX side of 2D figures: {@link org.dynamicsworkbench.render.figure.fx.FigureView} paints a figure on a
 * Canvas through FXGraphics2D with the same painter as the exports, with zoom, pan, reset and a crosshair
 * readout; {@link org.dynamicsworkbench.render.figure.fx.LinkedCursor} is the shared "cursor time" that several
 * views (and the 3D view) observe. Depends on javafx.graphics, FXGraphics2D and the figure packages; all
 * methods must be called on the JavaFX application thread.
 */
package org.dynamicsworkbench.render.figure.fx;
