package org.dynamicsworkbench.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SystemsAndLyapunovCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void systemsTableListsLorenzWithItsDefaults() {
        CliRun run = CliRun.of("systems");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String lorenz = run.out().lines().filter(l -> l.startsWith("Lorenz ")).findFirst().orElseThrow();
        assertTrue(lorenz.matches("Lorenz\\s+flow\\s+3\\s+beta=2\\.667, rho=28\\.0, sigma=10\\.0"), lorenz);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("Henon\\s+map\\s+2\\s+.*")), run.out());
        assertTrue(run.out().startsWith("NAME"), run.out());
    }

    @Test
    void systemsJsonIsAnArrayOfObjects() throws Exception {
        CliRun run = CliRun.of("systems", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertTrue(root.isArray() && root.size() >= 22, "systems: " + root.size());
        List<String> names = new ArrayList<>();
        root.forEach(n -> names.add(n.get("name").textValue()));
        for (String required : List.of("Lorenz", "Rossler", "Chen", "Thomas", "Aizawa", "Henon", "Logistic", "Lorenz96")) {
            assertTrue(names.contains(required), required + " in " + names);
        }
        JsonNode lorenz = root.get(names.indexOf("Lorenz"));
        assertEquals("flow", lorenz.get("kind").textValue());
        assertEquals(3, lorenz.get("dimension").intValue());
        assertEquals(2.667, lorenz.get("parameters").get("beta").doubleValue());
        assertEquals(28.0, lorenz.get("parameters").get("rho").doubleValue());
        assertEquals("map", root.get(names.indexOf("Logistic")).get("kind").textValue());
    }

    @Test
    void lyapunovOfLorenzMatchesTheKnownSpectrum() throws Exception {
        CliRun run = CliRun.of("lyapunov", "Lorenz", "--param", "beta=2.6666666666666665", "--dt", "0.01",
                "--steps", "50000", "--transient", "1000", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = JSON.readTree(run.out());
        JsonNode exponents = result.get("exponents");
        assertEquals(3, exponents.size());
        assertEquals(0.906, exponents.get(0).doubleValue(), 0.06);
        assertEquals(0.0, exponents.get(1).doubleValue(), 0.02);
        assertEquals(-14.572, exponents.get(2).doubleValue(), 0.08);
        // the sum of the exponents is the divergence -(sigma + 1 + beta)
        assertEquals(-(10 + 1 + 8.0 / 3), result.get("sum").doubleValue(), 1e-3);
        assertEquals(2.06, result.get("kaplanYorkeDimension").doubleValue(), 0.01);
        assertEquals(500.0, result.get("totalTime").doubleValue(), 1e-9);
    }

    @Test
    void lyapunovHumanOutputIsOneLine() {
        CliRun run = CliRun.of("lyapunov", "Henon", "--steps", "5000");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().startsWith("Henon: Lyapunov spectrum [0.4"), run.out());
        assertTrue(run.out().contains("Kaplan-Yorke dimension 1.2"), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lyapunov Lorenzz                        | error: Lorenzz: unknown system 'Lorenzz' (did you mean Lorenz?)
            lyapunov Lorenz --param rho=abc         | error: --param rho=abc: 'abc' is not a number
            lyapunov Lorenz --param rho=NaN         | error: --param rho=NaN: 'NaN' is not a number
            lyapunov Lorenz --param rhoo=3          | error: --param rhoo=3: Lorenz has no parameter 'rhoo' (parameters: beta, rho, sigma)
            lyapunov Lorenz --param rho             | error: --param rho: expected NAME=VALUE
            lyapunov Lorenz --ic 1,2                | error: --ic 1,2: Lorenz (dimension 3) needs 3 comma-separated values, got 2
            lyapunov Lorenz --ic 1,x,3              | error: --ic 1,x,3: 'x' is not a number
            lyapunov Lorenz --steps 0               | error: --steps 0: must be positive, got 0
            lyapunov Lorenz --steps -5              | error: --steps -5: must be positive, got -5
            lyapunov Lorenz --steps 1.5             | error: --steps 1.5: '1.5' is not an integer
            lyapunov Lorenz --dt 0                  | error: --dt 0: must be positive, got 0
            lyapunov Lorenz --dt -0.1               | error: --dt -0.1: must be positive, got -0.1
            lyapunov Lorenz --dt Infinity           | error: --dt Infinity: 'Infinity' is not a number
            lyapunov Lorenz --dt 1e999              | error: --dt 1e999: '1e999' is out of range
            lyapunov Lorenz --transient -1          | error: --transient -1: must be between 0 and 100000000, got -1
            lyapunov Lorenz --param rho=1e6 --dt 0.1 --steps 2000 | error: Lorenz: state
            lyapunov Lorenz --bogus                 | error: Unknown option: '--bogus' (see 'dynamics-workbench lyapunov --help')
            lyapunov                                | error: Missing required parameter: 'SYSTEM' (see 'dynamics-workbench lyapunov --help')
            frobnicate                              | error: Unmatched argument at index 0: 'frobnicate' (see 'dynamics-workbench --help')
            """)
    void badInputIsOneLineWithExitCode2(String commandLine, String expectedStart) {
        CliRun run = CliRun.of(commandLine.split(" "));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().startsWith(expectedStart), run.err());
        assertEquals("", run.out());
    }

    @Test
    void helpAndVersionSucceed() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        for (String sub : List.of("systems", "integrate", "lyapunov", "render", "bench")) {
            assertTrue(help.out().contains(sub), sub + " in " + help.out());
        }
        assertEquals(0, CliRun.of("--version").exitCode());
    }
}
