package org.dynamicsworkbench.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every catalog system through {@code integrate} and {@code lyapunov} with their defaults, and dysts-style sampling. */
class CatalogCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void integrateAndLyapunovAcceptEverySystemWithTheirDefaults() throws Exception {
        List<String> failures = new ArrayList<>();
        for (DynamicalSystem system : SystemCatalog.builtin().systems()) {
            Path out = dir.resolve(system.name() + ".npy");
            CliRun integrate = CliRun.of("integrate", system.name(), "--steps", "200", "--out", out.toString());
            if (integrate.exitCode() != 0 || !Files.isRegularFile(out)) {
                failures.add("integrate " + system.name() + ": " + integrate.err().strip());
            }
            // short runs (the default is 200 periods); the default step must keep every system bounded
            CliRun lyapunov = CliRun.of("lyapunov", system.name(), "--steps", "300", "--transient", "10", "--json");
            if (lyapunov.exitCode() != 0) {
                failures.add("lyapunov " + system.name() + ": " + lyapunov.err().strip());
            } else {
                JsonNode exponents = JSON.readTree(lyapunov.out()).get("exponents");
                for (JsonNode e : exponents) {
                    if (!Double.isFinite(e.doubleValue())) {
                        failures.add("lyapunov " + system.name() + ": non-finite exponent " + exponents);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void pointsPerPeriodSamplesAsDysts() throws Exception {
        Path out = dir.resolve("lorenz.npy");
        CliRun run = CliRun.of("integrate", "Lorenz", "--points-per-period", "1000", "--transient-periods", "2",
                "--steps", "1999", "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = JSON.readTree(run.out());
        double period = SystemCatalog.builtin().require("Lorenz").metadata().period();
        assertEquals(period / 1000, summary.get("dt").doubleValue(), 1e-15);
        assertEquals(2000, summary.get("shape").get(0).intValue());
        assertEquals(3, summary.get("shape").get(1).intValue());

        CliRun map = CliRun.of("integrate", "Henon", "--points-per-period", "10", "--out", dir.resolve("h.npy").toString());
        assertEquals(2, map.exitCode());
        assertTrue(map.err().contains("Henon is a map: it has no period to sample by"), map.err());
        CliRun both = CliRun.of("integrate", "Lorenz", "--points-per-period", "10", "--dt", "0.01",
                "--out", dir.resolve("b.npy").toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("either --dt or --points-per-period"), both.err());
        CliRun negative = CliRun.of("integrate", "Lorenz", "--points-per-period", "10", "--transient-periods", "-1",
                "--out", dir.resolve("n.npy").toString());
        assertEquals(2, negative.exitCode());
        assertEquals(1, negative.err().strip().lines().count(), negative.err());
        assertTrue(Files.notExists(dir.resolve("b.npy")) && Files.notExists(dir.resolve("n.npy")));
    }

    @Test
    void lyapunovDefaultsRunTwoHundredPeriodsAtTheStableStep() throws Exception {
        CliRun run = CliRun.of("lyapunov", "Lorenz", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = JSON.readTree(run.out());
        var metadata = SystemCatalog.builtin().require("Lorenz").metadata();
        assertEquals(metadata.rk4Step(), result.get("dt").doubleValue(), 1e-15);
        assertEquals(200 * metadata.period(), result.get("totalTime").doubleValue(), metadata.rk4Step());
        double lambda1 = result.get("exponents").get(0).doubleValue();
        assertTrue(lambda1 > 0.8 && lambda1 < 1.0, "dysts Lorenz (beta 2.667): lambda1 about 0.9, got " + lambda1);
    }
}
