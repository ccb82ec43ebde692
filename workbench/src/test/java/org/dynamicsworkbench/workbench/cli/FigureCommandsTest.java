package org.dynamicsworkbench.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code figures} and {@code export} on the sample sessions, headless. */
class FigureCommandsTest {
    private static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("sample-sessions");
    private static final String LORENZ = SAMPLES.resolve("lorenz.json").toString();
    /** The AL-RNN sample session's figures (its run folder is resolved against the session's folder). */
    private static final List<String> ALRNN_IDS = List.of("alrnn.training", "alrnn.symbols", "alrnn.graph", "alrnn.3d");
    private static final List<String> GROKKING_IDS = List.of("grokking.curves", "grokking.weights", "grokking.grid",
            "grokking.fourier");
    private static final List<String> EXPLORER_IDS = List.of("explorer.3d", "explorer.timeseries", "explorer.projections",
            "explorer.lyapunov");

    @TempDir
    Path dir;

    @Test
    void figuresListsTheExplorersIdsWithTitles() throws Exception {
        CliRun text = CliRun.of("figures", LORENZ);
        assertEquals(0, text.exitCode(), text.err());
        assertEquals(EXPLORER_IDS, text.out().lines().map(l -> l.split("\\s+")[0]).toList());
        assertTrue(text.out().lines().findFirst().orElseThrow().contains("3D view (attractor-explorer, tool 0, needs OpenGL)"), text.out());

        CliRun json = CliRun.of("figures", LORENZ, "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode figures = new ObjectMapper().readTree(json.out()).get("figures");
        List<String> ids = new ArrayList<>();
        figures.forEach(f -> ids.add(f.get("id").asText()));
        assertEquals(EXPLORER_IDS, ids);
        assertEquals("Time series", figures.get(1).get("title").asText());
        assertFalse(figures.get(1).get("needsOpenGl").asBoolean());
    }

    @Test
    void svgParsesAsXmlAndCarriesOneGroupPerCoordinateSeries() throws Exception {
        Path out = dir.resolve("series.svg");
        CliRun run = CliRun.of("export", LORENZ, "--figure", "explorer.timeseries", "--out", out.toString(), "--preset", "single");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("wrote " + out + " (explorer.timeseries, 89.0 x 66.8 mm, svg)"), run.out());
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        List<String> groupIds = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            groupIds.add(((Element) groups.item(i)).getAttribute("id"));
        }
        assertTrue(groupIds.containsAll(List.of("ts-0", "ts-1", "ts-2")), groupIds.toString());
        String svgWidth = svg.getDocumentElement().getAttribute("width");
        assertTrue(svgWidth.endsWith("pt"), svgWidth);
        assertEquals(89 * 72 / 25.4, Double.parseDouble(svgWidth.replace("pt", "")), 0.01, "89 mm in points");
    }

    @Test
    void pdfPageHasThePresetWidthAndTheFiguresAspectAndPopplerRendersIt() throws Exception {
        Path out = dir.resolve("projections.pdf");
        CliRun run = CliRun.of("export", LORENZ, "--figure", "explorer.projections", "--out", out.toString(), "--preset", "double");
        assertEquals(0, run.exitCode(), run.err());
        String info = exec("pdfinfo", out.toString());
        Matcher m = Pattern.compile("Page size:\\s+([0-9.]+) x ([0-9.]+) pts").matcher(info);
        assertTrue(m.find(), info);
        double ptPerMm = 72 / 25.4;
        assertEquals(183 * ptPerMm, Double.parseDouble(m.group(1)), 0.01);
        assertEquals(61 * ptPerMm, Double.parseDouble(m.group(2)), 0.01, "183 x 61 mm is the figure's own 3:1 aspect");
        exec("pdftoppm", "-r", "72", "-png", "-singlefile", out.toString(), dir.resolve("page").toString());
        BufferedImage page = ImageIO.read(dir.resolve("page.png").toFile());
        assertEquals(519, page.getWidth(), 1.0);
        assertTrue(inkedFraction(page) > 0.03, "the page has the three projections on it");
    }

    @Test
    void pngHasWidthTimesDpiPixels() throws Exception {
        Path out = dir.resolve("lyapunov.png");
        CliRun run = CliRun.of("export", LORENZ, "--figure", "explorer.lyapunov", "--out", out.toString(),
                "--width", "89mm", "--height", "60mm", "--dpi", "150");
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage png = ImageIO.read(out.toFile());
        assertEquals(Math.round(89 / 25.4 * 150), png.getWidth());
        assertEquals(Math.round(60 / 25.4 * 150), png.getHeight());
        assertTrue(inkedFraction(png) > 0.02);
    }

    @Test
    void badInputIsOneLineWithExitCodeTwoAndNoFile() throws Exception {
        Path out = dir.resolve("x.pdf");
        assertBad("error: --figure explorer.4d: unknown figure 'explorer.4d' (available: explorer.3d, explorer.timeseries, "
                + "explorer.projections, explorer.lyapunov)", "--figure", "explorer.4d", "--out", out.toString());
        assertBad("error: --dpi abc: 'abc' is not a number", "--figure", "explorer.timeseries", "--out", out.toString(), "--dpi", "abc");
        assertBad("error: --width 0mm --height 60mm: figure width must be between 1 mm and 1000 mm, got 0 mm",
                "--figure", "explorer.timeseries", "--out", out.toString(), "--width", "0mm", "--height", "60mm");
        assertBad("error: --width 10000mm: figure width must be between 1 mm and 1000 mm, got 10000 mm",
                "--figure", "explorer.timeseries", "--out", out.toString(), "--width", "10000mm");
        assertBad("error: --width 89: length '89' must be a number with a unit mm, cm, in or pt (e.g. 89mm)",
                "--figure", "explorer.timeseries", "--out", out.toString(), "--width", "89");
        Path missing = dir.resolve("no-such-folder").resolve("x.pdf");
        assertBad("error: --out " + missing + ": folder " + missing.getParent() + " does not exist",
                "--figure", "explorer.timeseries", "--out", missing.toString());
        Path file = Files.writeString(dir.resolve("plain.txt"), "not a folder");
        assertBad("error: --out " + file.resolve("x.pdf") + ": folder " + file + " does not exist",
                "--figure", "explorer.timeseries", "--out", file.resolve("x.pdf").toString());
        assertBad("error: --out " + dir.resolve("x.png") + ": the extension says png but --format says svg",
                "--figure", "explorer.timeseries", "--out", dir.resolve("x.png").toString(), "--format", "svg");
        assertBad("error: --preset A4: unknown preset 'A4' (valid: single, onehalf, double)",
                "--figure", "explorer.timeseries", "--out", out.toString(), "--preset", "A4");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no output and no temporary file is left behind");
        }
    }

    @Test
    void anUnwritableFolderIsNamed() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as root: every folder is writable");
            Path out = locked.resolve("x.svg");
            assertBad("error: --out " + out + ": folder " + locked + " is not writable",
                    "--figure", "explorer.timeseries", "--out", out.toString());
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    /** Issue 3: every file in sample-sessions/ is opened and its figures exported headless. */
    @Test
    @EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
    void everySampleSessionExportsAllItsFigures() throws Exception {
        List<Path> sessions;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            sessions = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(sessions.isEmpty());
        for (Path session : sessions) {
            Path outDir = dir.resolve(session.getFileName().toString().replace(".json", ""));
            CliRun run = CliRun.of("export", session.toString(), "--all", "--out-dir", outDir.toString(), "--format", "pdf",
                    "--preset", "single", "--dpi", "150");
            assertEquals(0, run.exitCode(), session + ": " + run.err());
            assertEquals("", run.err());
            List<Path> pdfs;
            try (Stream<Path> files = Files.list(outDir)) {
                pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            }
            assertFalse(pdfs.isEmpty(), session + " exported no figure");
            for (Path pdf : pdfs) {
                assertTrue(Files.size(pdf) > 1000, pdf.toString());
                String info = exec("pdfinfo", pdf.toString());
                assertTrue(Pattern.compile("Pages:\\s+1\\s").matcher(info).find(), pdf + ": " + info);
            }
            if (Files.readString(session).contains("\"attractor-explorer\"")) {
                for (String id : EXPLORER_IDS) {
                    assertTrue(Files.exists(outDir.resolve(id + ".pdf")), session + ": " + id);
                }
                assertTrue(new String(Files.readAllBytes(outDir.resolve("explorer.3d.pdf")), StandardCharsets.ISO_8859_1)
                        .contains("/Subtype /Image"), "the 3D view is an embedded raster");
            }
            if (Files.readString(session).contains("\"alrnn\"")) {
                for (String id : ALRNN_IDS) {
                    assertTrue(Files.exists(outDir.resolve(id + ".pdf")), session + ": " + id);
                }
                assertTrue(new String(Files.readAllBytes(outDir.resolve("alrnn.3d.pdf")), StandardCharsets.ISO_8859_1)
                        .contains("/Subtype /Image"), "the AL-RNN 3D view is an embedded raster");
            }
            if (Files.readString(session).contains("\"grokking\"")) {
                for (String id : GROKKING_IDS) {
                    assertTrue(Files.exists(outDir.resolve(id + ".pdf")), session + ": " + id);
                }
            }
        }
    }

    /** Without a display the 3D view cannot be rendered: --figure says so, --all exports the rest (a real process). */
    @Test
    void withoutADisplayThe3dFigureIsReportedAndTheOthersAreExported() throws Exception {
        Process one = headlessProcess("export", LORENZ, "--figure", "explorer.3d", "--out", dir.resolve("v.png").toString());
        assertEquals(2, one.waitFor());
        String err = new String(one.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("error: --figure explorer.3d: figure 'explorer.3d' needs OpenGL, which needs a display "
                + "(DISPLAY is not set; run under xvfb-run -a)", err.strip());
        assertFalse(Files.exists(dir.resolve("v.png")));

        Path outDir = dir.resolve("all");
        Process all = headlessProcess("export", LORENZ, "--all", "--out-dir", outDir.toString(), "--format", "svg");
        assertEquals(0, all.waitFor());
        String allErr = new String(all.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(allErr.startsWith("warning: skipped figure 'explorer.3d' needs OpenGL"), allErr);
        try (Stream<Path> files = Files.list(outDir)) {
            assertEquals(List.of("explorer.lyapunov.svg", "explorer.projections.svg", "explorer.timeseries.svg"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static Process headlessProcess(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.dynamicsworkbench.workbench.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the export finished");
        return process;
    }

    private static void assertBad(String expected, String... options) {
        List<String> args = new ArrayList<>(List.of("export", LORENZ));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(expected, run.err().strip());
        assertEquals(1, run.errLines());
    }

    private static double inkedFraction(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    inked++;
                }
            }
        }
        return inked / (double) ((long) image.getWidth() * image.getHeight());
    }

    private static String exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + output);
        return output;
    }
}
