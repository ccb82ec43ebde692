package org.dynamicsworkbench.render.figure;

import org.dynamicsworkbench.render.scene.ColorMap;

/** Maps values in {@code range} linearly onto a {@link ColorMap}; {@code label} (markup) titles its colour bar. */
public record ColorScale(ColorMap map, Range range, String label) {

    public ColorScale {
        if (map == null || range == null) {
            throw new IllegalArgumentException("a colour scale needs a map and a range, got " + map + ", " + range);
        }
        label = label == null ? "" : label;
        RichText.parse(label);
    }

    /** Opaque ARGB for {@code value} (clamped to the range); NaN gives fully transparent 0. */
    public int argb(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return map.argb((value - range.min()) / range.length());
    }
}
