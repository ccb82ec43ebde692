/**
 * Figures of a whole session, toolkit-free: the list of every open tool's figures with unique ids
 * ({@link org.dynamicsworkbench.workbench.figures.SessionFigures}), the size an export asks for
 * ({@link org.dynamicsworkbench.workbench.figures.ExportSize}), the validated settings of one export
 * ({@link org.dynamicsworkbench.workbench.figures.FigureExportSettings}, the export dialog's model) and the writer
 * that builds a figure, starting OpenGL only when one needs it
 * ({@link org.dynamicsworkbench.workbench.figures.FigureWriter}). Used by the command line's {@code figures} and
 * {@code export} and by the window's export dialog; no JavaFX here.
 */
package org.dynamicsworkbench.workbench.figures;
