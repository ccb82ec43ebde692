package org.dynamicsworkbench.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderAndBenchCommandTest {
    private static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("sample-sessions");

    @TempDir
    Path dir;

    @Test
    @EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
    void renderOfASystemWritesAPngOfTheRequestedSize() throws Exception {
        Path out = dir.resolve("thomas.png");
        CliRun run = CliRun.of("render", "Thomas", "--out", out.toString(), "--width", "320", "--height", "200",
                "--steps", "5000", "--dpi", "150");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Thomas: 5001 points rendered at 320x200 to " + out + "\n", run.out());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(320, image.getWidth());
        assertEquals(200, image.getHeight());
        assertTrue(distinctColours(image) > 20, "the attractor is drawn in several colours");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
    void renderOfASessionUsesItsState() throws Exception {
        Path out = dir.resolve("rossler.png");
        CliRun run = CliRun.of("render", SAMPLES.resolve("rossler.json").toString(), "--out", out.toString(),
                "--width", "200", "--height", "150", "--steps", "3000");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Rossler: 3001 points rendered at 200x150"), run.out());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(200, image.getWidth());
        assertEquals(150, image.getHeight());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown system | Lorenzz --out DIR/a.png                 | error: Lorenzz: unknown system 'Lorenzz' (did you mean Lorenz?)
            not png        | Lorenz --out DIR/a.jpg                  | error: --out DIR/a.jpg: unsupported file type (use .png)
            zero width     | Lorenz --out DIR/a.png --width 0        | error: --width 0: must be positive, got 0
            huge height    | Lorenz --out DIR/a.png --height 9000    | error: --height 9000: must be between 1 and 8192, got 9000
            bad dpi        | Lorenz --out DIR/a.png --dpi x          | error: --dpi x: 'x' is not a number
            no session     | DIR/none.json --out DIR/a.png           | error: DIR/none.json: no such file
            bad session    | DIR/bad.json --out DIR/a.png            | error: DIR/bad.json: line 1: tools[0].tool: unknown tool 'koopmann' (available: alrnn, attractor-explorer, concept-space, entropy-collapse, grokking, koopman, lazy-rich, peccary)
            bad state      | DIR/state.json --out DIR/a.png          | error: DIR/state.json: tools[0].state.dt: must be a positive number
            """)
    void badRenderInputIsOneLineAndWritesNothing(String name, String args, String expectedStart) throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"format\":\"dynamics-workbench-session\",\"version\":1,"
                + "\"tools\":[{\"tool\":\"koopmann\",\"state\":{}}]}");
        Files.writeString(dir.resolve("state.json"), "{\"format\":\"dynamics-workbench-session\",\"version\":1,"
                + "\"tools\":[{\"tool\":\"attractor-explorer\",\"state\":{\"system\":\"Lorenz\",\"dt\":-1}}]}");
        CliRun run = CliRun.of(("render " + args.replace("DIR", dir.toString())).split(" "));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().startsWith(expectedStart.replace("DIR", dir.toString())), run.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("bad.json", "state.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
    void quickBenchPrintsEveryRow() throws Exception {
        CliRun run = CliRun.of("bench", "--quick");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("benchmark"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("RK4 Lorenz .*workbench integrator\\)\\s+\\d+\\.\\d+\\s+\\d+\\.\\d+\\s+3")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("catalog: \\d+ flows x 1 periods at 100 points/period .*\\s+\\d+\\.\\d+\\s+\\d+\\.\\d+\\s+\\d+")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("RK4 Lorenz .*hand-inlined peer\\)\\s+\\d+\\.\\d+\\s+\\d+\\.\\d+\\s+3")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("slider round trip: .*\\s+\\d+\\.\\d+\\s+\\d+\\.\\d+\\s+3")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("frame time: .*\\s+\\d+\\.\\d+\\s+\\d+\\.\\d+\\s+3")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("AL-RNN training, 50 optimiser steps .*\\s+\\d+\\.\\d+\\s+\\d+\\.\\d+\\s+3")), run.out());
        assertTrue(run.out().contains("OpenGL: "), run.out());

        JsonNode json = new ObjectMapper().readTree(CliRun.of("bench", "--quick", "--json").out());
        // Two integration rows, the catalog row, AL-RNN training, the slider round trip, and the frame time with
        // the window's renderer; on a software rasteriser (no multisampling there) the frame time once more with
        // multisampling. The training-dynamics rows come with --learning.
        long frameRows = lines.stream().filter(l -> l.startsWith("frame time: ")).count();
        assertTrue(frameRows == 1 || frameRows == 2, run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("frame time: .*(no MSAA|\\d+x MSAA)\\).*")), run.out());
        assertEquals(5 + frameRows, json.get("results").size(), json.toString());
        for (JsonNode row : json.get("results")) {
            assertTrue(row.get("medianMs").doubleValue() > 0, row.toString());
            assertTrue(row.get("minMs").doubleValue() <= row.get("medianMs").doubleValue(), row.toString());
        }
        assertTrue(json.get("machine").get("cores").intValue() >= 1);
    }

    @Test
    void quickLearningBenchAddsTheTrainingDynamicsRows() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.of("bench", "--quick", "--learning", "--json").out());
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode row : json.get("results")) {
            names.add(row.get("name").asText());
            if (!row.has("skipped")) {
                assertTrue(row.get("medianMs").doubleValue() > 0, row.toString());
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.matches("grokking primary .*10 AdamW steps, java")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.matches("grokking large .*1 AdamW step, nd4j-(cpu|cuda)")),
                names.toString());
        for (String expected : List.of("grokking", "lazy-to-rich", "entropy", "concept")) {
            assertEquals(expected.equals("grokking") ? 3 : expected.equals("concept") ? 2 : 1,
                    names.stream().filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains(expected)).count(),
                    expected + " rows in " + names);
        }
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
