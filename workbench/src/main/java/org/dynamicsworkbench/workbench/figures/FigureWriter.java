package org.dynamicsworkbench.workbench.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.dynamicsworkbench.plugins.spi.FigureRequest;
import org.dynamicsworkbench.render.export.ExportFormat;
import org.dynamicsworkbench.render.export.FigureExport;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.dynamicsworkbench.render.gl.GlRenderer;

/**
 * Builds figures and writes them in the light export theme, atomically. A headless writer starts its own OpenGL
 * renderer the first time a figure needs one and closes it in {@link #close()}; a window's writer borrows the
 * workbench's renderer. Blocks: run it off the FX thread.
 */
public final class FigureWriter implements AutoCloseable {
    /** Why a figure that needs OpenGL cannot be built here, or {@code null} when it can. */
    private final String noOpenGlReason;
    private final GlRenderer borrowed;
    private GlRenderer owned;

    private FigureWriter(GlRenderer borrowed, String noOpenGlReason) {
        this.borrowed = borrowed;
        this.noOpenGlReason = noOpenGlReason;
    }

    /** A writer that draws 3D figures with the window's renderer (not closed by this writer). */
    public static FigureWriter borrowing(GlRenderer renderer) {
        return new FigureWriter(Objects.requireNonNull(renderer, "renderer"), null);
    }

    /**
     * A headless writer; {@code display} is the DISPLAY variable (OpenGL here needs an X server), null or blank
     * when there is none.
     */
    public static FigureWriter headless(String display) {
        boolean none = display == null || display.isBlank();
        return new FigureWriter(null, none ? "needs OpenGL, which needs a display (DISPLAY is not set; run under xvfb-run -a)" : null);
    }

    /** Whether {@code entry} can be built here; when not, {@link #whyNot(SessionFigures.Entry)} says why. */
    public boolean canBuild(SessionFigures.Entry entry) {
        return !entry.spec().needsOpenGl() || noOpenGlReason == null;
    }

    /** The one-line reason {@code entry} cannot be built here, or {@code null}. */
    public String whyNot(SessionFigures.Entry entry) {
        return canBuild(entry) ? null : "figure '" + entry.id() + "' " + noOpenGlReason;
    }

    /** Builds {@code entry} at {@code size}, its raster parts at {@code dpi}. */
    public Figure build(SessionFigures.Entry entry, FigureSize size, double dpi) throws Exception {
        String reason = whyNot(entry);
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
        GlRenderer renderer = entry.spec().needsOpenGl() ? renderer() : null;
        return entry.build(new FigureRequest(size, dpi, renderer));
    }

    /** Builds and writes {@code entry}; nothing is left at {@code file} if anything fails. */
    public Figure write(SessionFigures.Entry entry, ExportFormat format, FigureSize size, double dpi, Path file) throws Exception {
        Figure figure = build(entry, size, dpi);
        write(figure, format, size, dpi, file);
        return figure;
    }

    /** Writes a built figure in the light export theme. */
    public static void write(Figure figure, ExportFormat format, FigureSize size, double dpi, Path file) throws IOException {
        FigureExport.write(figure, format, size, FigureTheme.export(), dpi, file);
    }

    private synchronized GlRenderer renderer() {
        if (borrowed != null) {
            return borrowed;
        }
        if (owned == null) {
            owned = GlRenderer.start();
        }
        return owned;
    }

    @Override
    public synchronized void close() {
        if (owned != null) {
            owned.close();
            owned = null;
        }
    }
}
