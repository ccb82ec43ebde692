package org.dynamicsworkbench.plugins.spi;

import java.util.Objects;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureIds;
import org.dynamicsworkbench.render.figure.FigureSize;

/**
 * A figure a tool offers for export: a stable id (the {@link Figure#id()} it builds, used by
 * {@code export --figure ID} and as the file name of {@code export --all}), a title for menus and listings, the
 * size it is drawn at when none is asked for (its aspect ratio also sets the height of a publication preset),
 * whether building it needs OpenGL (a 3D view rendered offscreen, which needs a display), and the builder.
 *
 * <p>A builder captures immutable data (a trajectory, a finished result) when the spec is made, so it can run on
 * any thread; it may compute what is missing (integrate a saved state) and then blocks.
 */
public record FigureSpec(String id, String title, FigureSize defaultSize, boolean needsOpenGl, FigureBuilder builder) {

    public FigureSpec {
        FigureIds.require(id, "figure");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("figure '" + id + "' has no title");
        }
        Objects.requireNonNull(defaultSize, "defaultSize");
        Objects.requireNonNull(builder, "builder");
    }

    /** Width over height of {@link #defaultSize()}. */
    public double aspectRatio() {
        return defaultSize.widthPt() / defaultSize.heightPt();
    }

    /**
     * Builds the figure for {@code request}.
     *
     * @throws IllegalStateException when it needs OpenGL and the request has no renderer, or the builder returns a
     *                               figure with another id
     * @throws Exception             whatever computing its data throws (a diverging integration, cancellation)
     */
    public Figure build(FigureRequest request) throws Exception {
        if (needsOpenGl && request.renderer() == null) {
            throw new IllegalStateException("figure '" + id + "' needs OpenGL, and no renderer was given");
        }
        Figure figure = builder.build(request);
        if (!figure.id().equals(id)) {
            throw new IllegalStateException("figure spec '" + id + "' built a figure with id '" + figure.id() + "'");
        }
        return figure;
    }
}
