package org.dynamicsworkbench.render.figure;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A figure's size in PostScript points (1/72 inch); each side between 1 mm and 1 m. */
public record FigureSize(double widthPt, double heightPt) {
    /** Points per millimetre. */
    public static final double PT_PER_MM = 72 / 25.4;
    private static final double MIN_PT = 1 * PT_PER_MM;
    private static final double MAX_PT = 1000 * PT_PER_MM;
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(mm|cm|in|pt)\\s*");

    public FigureSize {
        check(widthPt, "width");
        check(heightPt, "height");
    }

    private static void check(double pt, String side) {
        if (!(pt >= MIN_PT - 1e-9 && pt <= MAX_PT + 1e-9)) {
            String mm = Double.isFinite(pt) ? BigDecimal.valueOf(Math.round(pt / PT_PER_MM * 1000) / 1000.0)
                    .stripTrailingZeros().toPlainString() : Double.toString(pt);
            throw new IllegalArgumentException("figure " + side + " must be between 1 mm and 1000 mm, got " + mm + " mm");
        }
    }

    /** A size given in millimetres. */
    public static FigureSize millimetres(double widthMm, double heightMm) {
        return new FigureSize(widthMm * PT_PER_MM, heightMm * PT_PER_MM);
    }

    /** Width in inches. */
    public double widthInches() {
        return widthPt / 72;
    }

    /** Height in inches. */
    public double heightInches() {
        return heightPt / 72;
    }

    /** Width in millimetres. */
    public double widthMm() {
        return widthPt / PT_PER_MM;
    }

    /** Height in millimetres. */
    public double heightMm() {
        return heightPt / PT_PER_MM;
    }

    /** Pixel width of a raster at {@code dpi}: round(width in inches x dpi), at least 1. */
    public int pixelWidth(double dpi) {
        return Math.max(1, (int) Math.round(widthInches() * dpi));
    }

    /** Pixel height of a raster at {@code dpi}. */
    public int pixelHeight(double dpi) {
        return Math.max(1, (int) Math.round(heightInches() * dpi));
    }

    /**
     * Parses a length such as {@code 89mm}, {@code 8.9cm}, {@code 3.5in} or {@code 252pt} into points.
     *
     * @throws IllegalArgumentException naming the text when it has no number or no unit
     */
    public static double parseLength(String text) {
        Matcher m = LENGTH.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("length '" + text + "' must be a number with a unit mm, cm, in or pt (e.g. 89mm)");
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "mm" -> v * PT_PER_MM;
            case "cm" -> v * 10 * PT_PER_MM;
            case "in" -> v * 72;
            default -> v;
        };
    }
}
