package org.dynamicsworkbench.render.scene;

import java.util.Objects;

/**
 * A point drawn as a glyph of fixed pixel size over everything else in a {@link Scene3D} (e.g. a fixed point or a
 * point of a cycle), at world coordinates {@code (x, y, z)}, in colour {@code argb} (the alpha byte is ignored).
 *
 * @throws IllegalArgumentException for a non-finite coordinate
 */
public record Marker3D(double x, double y, double z, int argb, MarkerStyle style) {

    public Marker3D {
        Objects.requireNonNull(style, "style");
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("marker position must be finite, got (" + x + ", " + y + ", " + z + ")");
        }
    }
}
