package org.dynamicsworkbench.plugins.spi;

import java.util.Objects;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.gl.GlRenderer;

/**
 * What a {@link FigureBuilder} is asked for: the size of the figure, the resolution a raster part (a 3D view)
 * should have in dots per inch, and the OpenGL renderer to draw such parts with ({@code null} when there is none,
 * e.g. on a machine without a display; figures that need it then cannot be built).
 */
public record FigureRequest(FigureSize size, double dpi, GlRenderer renderer) {

    public FigureRequest {
        Objects.requireNonNull(size, "size");
        if (!(dpi > 0) || !Double.isFinite(dpi)) {
            throw new IllegalArgumentException("resolution must be a positive number of dots per inch, got " + dpi);
        }
    }

    /** A request without OpenGL. */
    public static FigureRequest withoutOpenGl(FigureSize size, double dpi) {
        return new FigureRequest(size, dpi, null);
    }
}
