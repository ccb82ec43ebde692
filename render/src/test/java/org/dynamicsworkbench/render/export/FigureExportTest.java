package org.dynamicsworkbench.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dynamicsworkbench.render.figure.DemoFigures;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.ImageSeries;
import org.dynamicsworkbench.render.figure.LegendPosition;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.PublicationPreset;
import org.dynamicsworkbench.render.figure.Range;
import org.dynamicsworkbench.render.gl.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class FigureExportTest {
    private static Figure overview;
    @TempDir
    Path dir;

    @BeforeAll
    static void buildFigure() {
        overview = DemoFigures.lorenzOverview();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element groupWithId(Document doc, String id) {
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (id.equals(g.getAttribute("id"))) {
                return g;
            }
        }
        return null;
    }

    private static List<String> texts(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void svgParsesAndCarriesEverySeriesAndTheLabelsAsText() throws Exception {
        FigureSize size = PublicationPreset.DOUBLE.withHeightMm(110);
        Path file = dir.resolve("overview.svg");
        FigureExport.writeSvg(overview, size, FigureTheme.export(), file);
        Document doc = parse(Files.readString(file));
        Element svg = doc.getDocumentElement();
        assertEquals("svg", svg.getTagName());
        assertEquals(size.widthPt(), Double.parseDouble(svg.getAttribute("width").replace("pt", "")), 0.01);
        assertEquals(size.heightPt(), Double.parseDouble(svg.getAttribute("height").replace("pt", "")), 0.01);

        Element line = groupWithId(doc, "lorenz-x");
        assertTrue(line != null && line.getElementsByTagName("path").getLength() == 1, "one path for the line series");
        Element scatter = groupWithId(doc, "lorenz-xz-points");
        assertTrue(scatter != null && scatter.getElementsByTagName("path").getLength() == 1, "one path for the scatter");
        Element heat = groupWithId(doc, "lorenz-xz-density");
        assertTrue(heat != null && heat.getElementsByTagName("image").getLength() == 1, "the heat map is one image");
        assertTrue(groupWithId(doc, "multipliers") != null);
        for (String panel : List.of("lorenz-time", "lorenz-xz", "lorenz-density", "eigenvalues")) {
            assertTrue(groupWithId(doc, "panel-" + panel) != null, "panel group " + panel);
        }

        List<String> texts = texts(doc);
        for (String expected : List.of("(a)", "(b)", "(c)", "(d)", "Lorenz, \u03C3 = 10, \u03C1 = 28", "x(t)", "t",
                "Re \u03BB", "Im \u03BB", "\u221210", "log", "10", " count")) {
            assertTrue(texts.contains(expected), "text '" + expected + "' in " + texts);
        }
    }

    @Test
    void aRasterPanelIsEmbeddedAsAnImageWithVectorAxes() throws Exception {
        int[] argb = new int[64 * 48];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xff000000 | (i % 64) * 4 << 16 | (i / 64) * 5;
        }
        Panel view3d = new Panel("view3d", "3D view", Axis.linear("x"), Axis.linear("z"),
                List.of(new ImageSeries("frame", "", new Frame(64, 48, argb), new Range(-20, 20), new Range(0, 50))),
                LegendPosition.NONE, false, Set.of());
        Figure figure = Figure.single("attractor-3d", view3d, FigureSize.millimetres(89, 70));
        Document doc = parse(FigureExport.svg(figure, figure.size(), FigureTheme.export()));
        assertEquals(1, groupWithId(doc, "frame").getElementsByTagName("image").getLength());
        assertTrue(texts(doc).containsAll(List.of("3D view", "x", "z", "\u221220", "0", "20")), texts(doc).toString());
        byte[] pdf = FigureExport.pdf(figure, figure.size(), FigureTheme.export());
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("/Subtype /Image"), "the PDF embeds the frame");
    }

    @Test
    void pdfPageHasTheRequestedSizeAndRendersWithPoppler() throws Exception {
        FigureSize size = PublicationPreset.SINGLE.withAspect(1.5);
        Path file = dir.resolve("overview.pdf");
        FigureExport.writePdf(overview, size, FigureTheme.export(7), file);
        String info = run("pdfinfo", file.toString());
        Matcher m = Pattern.compile("Page size:\\s+([0-9.]+) x ([0-9.]+) pts").matcher(info);
        assertTrue(m.find(), info);
        assertEquals(size.widthPt(), Double.parseDouble(m.group(1)), 0.01);
        assertEquals(size.heightPt(), Double.parseDouble(m.group(2)), 0.01);

        run("pdftoppm", "-r", "144", "-png", "-singlefile", file.toString(), dir.resolve("page").toString());
        BufferedImage page = ImageIO.read(dir.resolve("page.png").toFile());
        assertEquals(Math.round(size.widthPt() * 2), page.getWidth(), 1.0);
        assertEquals(Math.round(size.heightPt() * 2), page.getHeight(), 1.0);
        int inked = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    inked++;
                }
            }
        }
        double inkedFraction = inked / (double) (page.getWidth() * page.getHeight());
        assertTrue(inkedFraction > 0.05 && inkedFraction < 0.6, "inked fraction " + inkedFraction);
        assertTrue(colours.size() > 50, "the heat map, palette and anti-aliasing give many colours: " + colours.size());
    }

    @Test
    void pdfTextIsDrawnAsOutlinesSoNoFontIsNeeded() throws Exception {
        Path file = dir.resolve("small.pdf");
        FigureExport.writePdf(DemoFigures.small(), DemoFigures.small().size(), FigureTheme.export(), file);
        String fonts = run("pdffonts", file.toString());
        assertEquals(2, fonts.strip().lines().count(), "only the header of pdffonts' table: " + fonts);
    }

    @Test
    void pngHasWidthInInchesTimesDpiAndThePhysChunk() throws Exception {
        FigureSize size = PublicationPreset.SINGLE.withHeightMm(60);
        for (double dpi : new double[] {72, 300, 600}) {
            Path file = dir.resolve("overview-" + (int) dpi + ".png");
            FigureExport.writePng(overview, size, FigureTheme.export(), dpi, file);
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                ImageReader reader = ImageIO.getImageReaders(in).next();
                reader.setInput(in);
                assertEquals(Math.round(89 / 25.4 * dpi), reader.getWidth(0));
                assertEquals(Math.round(60 / 25.4 * dpi), reader.getHeight(0));
                IIOMetadata meta = reader.getImageMetadata(0);
                Node phys = ((Element) meta.getAsTree("javax_imageio_png_1.0")).getElementsByTagName("pHYs").item(0);
                String ppm = Long.toString(Math.round(dpi / 0.0254));
                assertEquals(ppm, ((Element) phys).getAttribute("pixelsPerUnitXAxis"));
                assertEquals(ppm, ((Element) phys).getAttribute("pixelsPerUnitYAxis"));
                assertEquals("meter", ((Element) phys).getAttribute("unitSpecifier"));
                reader.dispose();
            }
        }
    }

    @Test
    void badRequestsFailWithOneLineMessagesAndLeaveNoFiles() throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("f.svg");
        IOException io = assertThrows(IOException.class,
                () -> FigureExport.writeSvg(overview, overview.size(), FigureTheme.export(), missing));
        assertTrue(io.getMessage().contains("does not exist"), io.getMessage());
        IllegalArgumentException dpi = assertThrows(IllegalArgumentException.class,
                () -> FigureExport.writePng(overview, overview.size(), FigureTheme.export(), Double.NaN, dir.resolve("a.png")));
        assertTrue(dpi.getMessage().contains("dots per inch"), dpi.getMessage());
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> FigureExport.writePng(overview, FigureSize.millimetres(1000, 1000), FigureTheme.export(), 1200,
                        dir.resolve("b.png")));
        assertTrue(huge.getMessage().contains("lower the DPI or the size"), huge.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FigureSize.millimetres(0, 60)).getMessage()
                .contains("width must be between 1 mm and 1000 mm, got 0 mm"));
        assertThrows(IllegalArgumentException.class, () -> FigureSize.millimetres(89, 10_000));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExportFormat.fromFileName(Path.of("f.jpg")))
                .getMessage().contains("'jpg' is not svg, pdf or png"));
        try (Stream<Path> left = Files.list(dir)) {
            assertFalse(left.findAny().isPresent(), "nothing written");
        }
    }

    @Test
    void rewritingKeepsTheOldFileUntilTheNewOneIsComplete() throws Exception {
        Path file = dir.resolve("f.svg");
        Files.writeString(file, "old");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("old", Files.readString(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left");
        }
    }

    @Test
    void lengthsParseWithUnits() {
        assertEquals(89 * 72 / 25.4, FigureSize.parseLength("89mm"), 1e-9);
        assertEquals(72 * 3.5, FigureSize.parseLength("3.5in"), 1e-9);
        assertEquals(100 * 72 / 25.4, FigureSize.parseLength("10cm"), 1e-9);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FigureSize.parseLength("89")).getMessage()
                .contains("'89'"));
    }

    private static String run(String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " not found: install poppler-utils (.ci/run does)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " finished");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }
}
