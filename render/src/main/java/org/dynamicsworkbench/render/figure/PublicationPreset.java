package org.dynamicsworkbench.render.figure;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Journal column widths (Nature-style): single 89 mm, one-and-a-half 120 mm, double 183 mm. */
public enum PublicationPreset {
    SINGLE("single", 89),
    ONE_HALF("onehalf", 120),
    DOUBLE("double", 183);

    private final String id;
    private final double widthMm;

    PublicationPreset(String id, double widthMm) {
        this.id = id;
        this.widthMm = widthMm;
    }

    /** The command-line name: single, onehalf, double. */
    public String id() {
        return id;
    }

    public double widthMm() {
        return widthMm;
    }

    /** The preset width and {@code heightMm}. */
    public FigureSize withHeightMm(double heightMm) {
        return FigureSize.millimetres(widthMm, heightMm);
    }

    /** The preset width and the height that gives {@code widthOverHeight}. */
    public FigureSize withAspect(double widthOverHeight) {
        if (!(widthOverHeight > 0) || !Double.isFinite(widthOverHeight)) {
            throw new IllegalArgumentException("aspect ratio must be a positive number, got " + widthOverHeight);
        }
        return FigureSize.millimetres(widthMm, widthMm / widthOverHeight);
    }

    /** The preset with this {@link #id()} (case-insensitive). */
    public static PublicationPreset fromId(String id) {
        for (PublicationPreset p : values()) {
            if (p.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + id + "' (valid: "
                + Arrays.stream(values()).map(PublicationPreset::id).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%.0f mm)", id, widthMm);
    }
}
