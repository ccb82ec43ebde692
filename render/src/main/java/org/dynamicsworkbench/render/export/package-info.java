/**
 * Writing figures and rendered frames to files, always atomically ({@link org.dynamicsworkbench.render.export.AtomicFile}):
 * {@link org.dynamicsworkbench.render.export.PngExport} writes PNGs with their resolution (pHYs);
 * {@link org.dynamicsworkbench.render.export.FigureExport} exports 2D figures to SVG (JFreeSVG), PDF (OrsonPDF)
 * and PNG at any DPI through the one figure painter. Depends on the JDK (javax.imageio), JFreeSVG, OrsonPDF,
 * the gl package's Frame and the figure packages.
 */
package org.dynamicsworkbench.render.export;
