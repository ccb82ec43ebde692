/**
 * The one painting path for 2D figures: {@link org.dynamicsworkbench.render.figure.paint.FigurePainter} lays out
 * and paints a {@link org.dynamicsworkbench.render.figure.Figure} onto any {@link java.awt.Graphics2D} (a
 * BufferedImage for PNG, JFreeSVG, OrsonPDF, FXGraphics2D on a JavaFX canvas) in points, and returns the
 * {@link org.dynamicsworkbench.render.figure.paint.FigureLayout} that maps screen positions back to data.
 * Axes, ticks, legends and colour bars are drawn here rather than by a charting library (see FigurePainter).
 * Depends on java.desktop (AWT 2D), the figure model, and JFreeSVG's group hints (ignored by other targets).
 */
package org.dynamicsworkbench.render.figure.paint;
