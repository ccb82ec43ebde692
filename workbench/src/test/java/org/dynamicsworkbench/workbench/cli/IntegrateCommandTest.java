package org.dynamicsworkbench.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntegrateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void npyHasTheNumpyHeaderShapeAndStates() throws Exception {
        Path out = dir.resolve("lorenz.npy");
        CliRun run = CliRun.of("integrate", "Lorenz", "--param", "rho=28", "--param", "sigma=10",
                "--param", "beta=2.6666666666666665", "--ic", "1,1,1", "--steps", "100", "--dt", "0.01",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Lorenz: 101 states x 3 (rk4, dt 0.0100000"), run.out());
        assertEquals(1, run.out().lines().count());

        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'}, java.util.Arrays.copyOf(bytes, 6));
        int major = bytes[6];
        int headerLength = major == 1
                ? (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8
                : ByteBuffer.wrap(bytes, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int dataStart = (major == 1 ? 10 : 12) + headerLength;
        assertEquals(0, dataStart % 64, "numpy aligns the data to 64 bytes");
        String header = new String(bytes, major == 1 ? 10 : 12, headerLength, StandardCharsets.ISO_8859_1);
        assertTrue(header.contains("'descr': '<f8'"), header);
        assertTrue(header.contains("'fortran_order': False"), header);
        Matcher shape = Pattern.compile("'shape': \\((\\d+), (\\d+)\\)").matcher(header);
        assertTrue(shape.find(), header);
        assertEquals(101, Integer.parseInt(shape.group(1)));
        assertEquals(3, Integer.parseInt(shape.group(2)));
        assertEquals(dataStart + 101 * 3 * 8, bytes.length);

        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, 101 * 3 * 8).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1.0, data.getDouble(), 0.0);
        assertEquals(1.0, data.getDouble(), 0.0);
        assertEquals(1.0, data.getDouble(), 0.0);
        // one RK4 step of Lorenz (10, 28, 8/3) from (1, 1, 1) with dt = 0.01, computed independently
        assertEquals(1.0125671910736112, data.getDouble(), 1e-12);
        assertEquals(1.2599177989452743, data.getDouble(), 1e-12);
        assertEquals(0.9848909717916053, data.getDouble(), 1e-12);
    }

    @Test
    void csvHasAHeaderAndOneRowPerState() throws Exception {
        Path out = dir.resolve("henon.csv");
        CliRun run = CliRun.of("integrate", "Henon", "--steps", "50", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(52, lines.size(), "header + 51 states");
        assertEquals("x,y", lines.get(0));
        String[] first = lines.get(1).split(",");
        assertEquals(1.21674097, Double.parseDouble(first[0]), 0.0);
        assertEquals(0.03536533, Double.parseDouble(first[1]), 0.0);
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(2, line.split(",").length, line);
        }
    }

    @Test
    void jsonSummaryParsesAndDefaultsComeFromTheCatalog() throws Exception {
        Path out = dir.resolve("r.npy");
        CliRun run = CliRun.of("integrate", "Rossler", "--method", "dop853", "--steps", "200", "--json",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = JSON.readTree(run.out());
        assertEquals("Rossler", summary.get("system").textValue());
        assertEquals("dop853", summary.get("method").textValue());
        assertEquals(201, summary.get("shape").get(0).intValue());
        assertEquals(3, summary.get("shape").get(1).intValue());
        assertEquals(0.059, summary.get("dt").doubleValue(), 1e-12); // catalog period 5.9086 / 100, two digits
        assertEquals(6.5134412, summary.get("initialCondition").get(0).doubleValue(), 0.0);
        assertEquals(5.7, summary.get("parameters").get("c").doubleValue(), 0.0);
        assertEquals(3, summary.get("finalState").size());
        assertTrue(Files.size(out) > 201 * 3 * 8);
    }

    @Test
    void defaultStepsAre10000() {
        Path out = dir.resolve("default.npy");
        CliRun run = CliRun.of("integrate", "Lorenz", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Lorenz: 10001 states x 3"), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown system    | Lorenzz --out OUT.npy                          | error: Lorenzz: unknown system 'Lorenzz' (did you mean Lorenz?)
            malformed param   | Lorenz --param rho=abc --out OUT.npy           | error: --param rho=abc: 'abc' is not a number
            unknown param     | Lorenz --param rhoo=1 --out OUT.npy            | error: --param rhoo=1: Lorenz has no parameter 'rhoo'
            short ic          | Lorenz --ic 1,2 --out OUT.npy                  | error: --ic 1,2: Lorenz (dimension 3) needs 3 comma-separated values, got 2
            zero steps        | Lorenz --steps 0 --out OUT.npy                 | error: --steps 0: must be positive, got 0
            negative dt       | Lorenz --dt -1 --out OUT.npy                   | error: --dt -1: must be positive, got -1
            nan dt            | Lorenz --dt nan --out OUT.npy                  | error: --dt nan: 'nan' is not a number
            unknown method    | Lorenz --method euler --out OUT.npy            | error: --method euler: unknown method (use rk4 or dop853)
            bad extension     | Lorenz --out OUT.txt                           | error: --out OUT.txt: unsupported file type (use .npy or .csv)
            missing folder    | Lorenz --out MISSING/x.npy                     | error: --out MISSING/x.npy: folder
            divergence        | Lorenz --param rho=1e6 --dt 0.1 --steps 5000 --out OUT.npy | error: Lorenz: state
            no out            | Lorenz                                         | error: Missing required option: '--out=FILE'
            """)
    void badInputLeavesNoFile(String name, String args, String expectedStart) throws Exception {
        String base = dir.resolve("out").toString();
        String[] argv = ("integrate " + args.replace("OUT", base).replace("MISSING", dir.resolve("missing").toString()))
                .split(" ");
        CliRun run = CliRun.of(argv);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines(), run.err());
        String expected = expectedStart.replace("OUT", base).replace("MISSING", dir.resolve("missing").toString());
        assertTrue(run.err().startsWith(expected), run.err());
        assertEquals("", run.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no output and no temporary file left");
        }
        assertFalse(Files.exists(dir.resolve("missing")));
    }
}
