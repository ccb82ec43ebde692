package org.dynamicsworkbench.render.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.dynamicsworkbench.render.figure.RichText;
import org.dynamicsworkbench.render.figure.paint.FigurePainter;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * Exports a {@link Figure} through {@link FigurePainter}: SVG (JFreeSVG; sizes in pt, text as text elements,
 * one group per panel and per series named by its id), PDF (OrsonPDF; one page of exactly the figure size, text
 * drawn as vector outlines so that no font needs embedding and Greek letters survive), and PNG (a BufferedImage
 * of {@code round(inches x dpi)} pixels per side with the pHYs chunk set). Every file is written atomically.
 */
public final class FigureExport {
    /** Largest PNG written, in pixels. */
    public static final long MAX_PNG_PIXELS = 150_000_000L;

    private FigureExport() {
    }

    /** Writes {@code figure} at {@code size} in {@code format} (dpi only matters for PNG). */
    public static void write(Figure figure, ExportFormat format, FigureSize size, FigureTheme theme, double dpi, Path file)
            throws IOException {
        switch (format) {
            case SVG -> writeSvg(figure, size, theme, file);
            case PDF -> writePdf(figure, size, theme, file);
            case PNG -> writePng(figure, size, theme, dpi, file);
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
    }

    /** The SVG document (with XML declaration) of {@code figure} at {@code size}. */
    public static String svg(Figure figure, FigureSize size, FigureTheme theme) {
        SVGGraphics2D g = new SVGGraphics2D(size.widthPt(), size.heightPt(), SVGUnits.PT);
        FigurePainter.paint(g, figure, size, theme);
        String element = g.getSVGElement(figure.id(), true, new ViewBox(0, 0, size.widthPt(), size.heightPt()), null, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
    }

    public static void writeSvg(Figure figure, FigureSize size, FigureTheme theme, Path file) throws IOException {
        byte[] bytes = svg(figure, size, theme).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    /** The PDF bytes of {@code figure}: one page of {@code size}. */
    public static byte[] pdf(Figure figure, FigureSize size, FigureTheme theme) {
        PDFDocument doc = new PDFDocument();
        RichText title = RichText.parse(figure.title());
        doc.setTitle(title.isEmpty() ? figure.id() : title.plainText());
        Page page = doc.createPage(new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()));
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        FigurePainter.paint(g, figure, size, theme);
        g.dispose();
        return doc.getPDFBytes();
    }

    public static void writePdf(Figure figure, FigureSize size, FigureTheme theme, Path file) throws IOException {
        byte[] bytes = pdf(figure, size, theme);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    /**
     * {@code figure} rasterised at {@code dpi}: {@code size.pixelWidth(dpi) x size.pixelHeight(dpi)} opaque pixels.
     *
     * @throws IllegalArgumentException for a non-positive DPI or an image over {@link #MAX_PNG_PIXELS}
     */
    public static BufferedImage rasterize(Figure figure, FigureSize size, FigureTheme theme, double dpi) {
        PngExport.requireDpi(dpi);
        int w = size.pixelWidth(dpi);
        int h = size.pixelHeight(dpi);
        if ((long) w * h > MAX_PNG_PIXELS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a %.0f x %.0f mm figure at %s dpi would be %d x %d pixels, over the limit of %d million; "
                            + "lower the DPI or the size", size.widthMm(), size.heightMm(), dpi, w, h, MAX_PNG_PIXELS / 1_000_000));
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(w / size.widthPt(), h / size.heightPt());
            FigurePainter.paint(g, figure, size, theme);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void writePng(Figure figure, FigureSize size, FigureTheme theme, double dpi, Path file) throws IOException {
        PngExport.write(rasterize(figure, size, theme, dpi), file, dpi);
    }
}
