package org.dynamicsworkbench.render.figure;

/**
 * Colours and type for painting a figure: background, ink (axes, text), grid lines, a logical font family,
 * the base font size and axis line width in points. Exports use {@link #export} whatever the screen theme is.
 */
public record FigureTheme(int background, int foreground, int grid, String fontFamily, double fontSizePt,
                          double lineWidthPt) {

    public FigureTheme {
        if (fontFamily == null || fontFamily.isBlank()) {
            throw new IllegalArgumentException("theme font family is empty");
        }
        if (!(fontSizePt >= 4 && fontSizePt <= 72)) {
            throw new IllegalArgumentException("theme font size must be 4-72 pt, got " + fontSizePt);
        }
        if (!(lineWidthPt > 0 && lineWidthPt <= 10)) {
            throw new IllegalArgumentException("theme line width must be in (0, 10] pt, got " + lineWidthPt);
        }
    }

    /** The light publication theme: white, black ink, light grey grid, sans-serif at {@code fontSizePt} (7-9 pt suits journals). */
    public static FigureTheme export(double fontSizePt) {
        return new FigureTheme(0xffffffff, 0xff000000, 0xffe0e0e0, "SansSerif", fontSizePt, 0.6);
    }

    /** The default export theme: {@link #export(double)} at 8 pt. */
    public static FigureTheme export() {
        return export(8);
    }

    /** A dark screen theme at {@code fontSizePt}. */
    public static FigureTheme screenDark(double fontSizePt) {
        return new FigureTheme(0xff1e1f22, 0xffdcdcdc, 0xff3a3c40, "SansSerif", fontSizePt, 1.0);
    }

    /** A light screen theme at {@code fontSizePt}. */
    public static FigureTheme screenLight(double fontSizePt) {
        return new FigureTheme(0xffffffff, 0xff202020, 0xffe6e6e6, "SansSerif", fontSizePt, 1.0);
    }
}
