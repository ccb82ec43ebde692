package org.dynamicsworkbench.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code peccary} and {@code koopman} commands: results, JSON and one-line errors. */
class SpectraCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path csv(String name, String header, double[] values) throws Exception {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (double v : values) {
            b.append(String.format(Locale.ROOT, "%.17g", v)).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, b);
        return file;
    }

    @Test
    void peccaryOfAFileMatchesTheLogisticOracle() throws Exception {
        double[] x = new double[100_000];
        double v = 0.4;
        for (int i = 0; i < 1000; i++) {
            v = 4.0 * v * (1.0 - v);
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = v;
            v = 4.0 * v * (1.0 - v);
        }
        Path file = csv("logistic.csv", "x", x);
        CliRun run = CliRun.of("peccary", file.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        JsonNode row = root.get("results").get(0);
        assertEquals(1, row.get("tau").asInt());
        assertEquals(0.6795670530135439, row.get("H").asDouble(), 1e-12);
        assertEquals(0.3991358224536115, row.get("C").asDouble(), 1e-12);
        assertEquals(31, row.get("patterns").asInt());
        assertEquals("complex/stochastic", row.get("region").asText());
    }

    @Test
    void peccarySweepsASystemAndGivesSamplingAdvice() {
        CliRun run = CliRun.of("peccary", "Lorenz", "--steps", "20000", "--dt", "0.01", "--tau-sweep", "1:12");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Lorenz column x: 20001 samples, n = 5"), run.out());
        assertEquals(2 + 12 + 2, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("sampling advice: natural timescale"), run.out());
    }

    @Test
    void constantSeriesHasZeroEntropyNotAnError() throws Exception {
        double[] constant = new double[50];
        java.util.Arrays.fill(constant, 2.5);
        CliRun run = CliRun.of("peccary", csv("flat.csv", "v", constant).toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode row = JSON.readTree(run.out()).get("results").get(0);
        assertEquals(0.0, row.get("H").asDouble(), 0.0);
        assertEquals(0.0, row.get("C").asDouble(), 0.0);
    }

    @Test
    void peccaryBadInputIsOneLine() throws Exception {
        Path file = csv("short.csv", "v", new double[] {1, 2, 3, 4, 5, 6});
        CliRun tooShort = CliRun.of("peccary", file.toString(), "--tau", "2");
        assertEquals(2, tooShort.exitCode());
        assertEquals(1, tooShort.errLines(), tooShort.err());
        assertTrue(tooShort.err().contains("short.csv column v: 6 samples are too few for n = 5 and tau = 2"),
                tooShort.err());
        CliRun badSweep = CliRun.of("peccary", "Lorenz", "--tau-sweep", "5:2");
        assertEquals(2, badSweep.exitCode());
        assertTrue(badSweep.err().startsWith("error: --tau-sweep 5:2"), badSweep.err());
        CliRun badN = CliRun.of("peccary", "Lorenz", "--n", "12");
        assertEquals(2, badN.exitCode());
        assertTrue(badN.err().contains("--n 12"), badN.err());
        CliRun badColumn = CliRun.of("peccary", file.toString(), "--column", "w");
        assertEquals(2, badColumn.exitCode());
        assertTrue(badColumn.err().contains("--column w"), badColumn.err());
    }

    @Test
    void koopmanOfASystemListsEigenvaluesWithResidualsAndAPseudospectrum() throws Exception {
        CliRun run = CliRun.of("koopman", "Lorenz", "--steps", "5000", "--dt", "0.01", "--dictionary", "poly:2",
                "--residuals", "--pseudospectrum", "-1.2:1.2:9,-0.05:1.15:4", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals(10, root.get("observables").asInt());
        assertEquals(5000, root.get("snapshotPairs").asInt());
        JsonNode first = root.get("eigenvalues").get(0);
        assertEquals(1.0, first.get("modulus").asDouble(), 1e-6);   // the constant observable
        assertTrue(first.get("residual").asDouble() < 1e-8, first.toString());
        assertEquals(36, root.at("/pseudospectrum/tau").size());
        CliRun text = CliRun.of("koopman", "Lorenz", "--steps", "2000", "--dictionary", "delay:4", "--residuals");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("dictionary delay:4 (13 observables)"), text.out());
        assertEquals(2 + 13, text.out().lines().count(), text.out());
    }

    @Test
    void koopmanOfAForcedSystemReadsItsPhaseAsCosAndSin() throws Exception {
        CliRun run = CliRun.of("koopman", "Duffing", "--steps", "3000", "--dt", "0.2", "--dictionary", "poly:3",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals(35, root.get("observables").asInt(), "monomials up to degree 3 in x, y, cos z, sin z");
        int atOne = 0;
        for (JsonNode eigenvalue : root.get("eigenvalues")) {
            if (Math.hypot(eigenvalue.get("re").asDouble() - 1, eigenvalue.get("im").asDouble()) < 1e-6) {
                atOne++;
            }
        }
        assertTrue(atOne <= 1, atOne + " eigenvalues within 1e-6 of 1 (the raw phase t gave polynomials in t)");
    }

    @Test
    void koopmanBadInputIsOneLine() throws Exception {
        CliRun zeroDt = CliRun.of("koopman", csv("s.csv", "v", new double[] {1, 2, 3, 4}).toString(), "--dt", "0");
        assertEquals(2, zeroDt.exitCode());
        assertTrue(zeroDt.err().startsWith("error: --dt 0: must be positive"), zeroDt.err());
        CliRun tooBig = CliRun.of("koopman", "Henon", "--steps", "5", "--dictionary", "poly:4");
        assertEquals(2, tooBig.exitCode());
        assertTrue(tooBig.err().contains("15 observables, more than the 5 snapshot pairs of Henon"), tooBig.err());
        CliRun badDictionary = CliRun.of("koopman", "Lorenz", "--dictionary", "fourier:3");
        assertEquals(2, badDictionary.exitCode());
        assertTrue(badDictionary.err().contains("--dictionary fourier:3: expected poly:D, rbf:K or delay:Q"),
                badDictionary.err());
        CliRun longDelay = CliRun.of("koopman", "Lorenz", "--steps", "10", "--dictionary", "delay:50");
        assertEquals(2, longDelay.exitCode());
        assertEquals(1, longDelay.errLines(), longDelay.err());
        assertTrue(longDelay.err().contains("delay:50"), longDelay.err());
        CliRun huge = CliRun.of("koopman", "Lorenz", "--steps", "2000", "--dictionary", "delay:400");
        assertEquals(2, huge.exitCode());
        assertTrue(huge.err().contains("1201 observables; at most 1000"), huge.err());
        CliRun badGrid = CliRun.of("koopman", "Lorenz", "--pseudospectrum", "1:0:5,0:1:5");
        assertEquals(2, badGrid.exitCode());
        assertTrue(badGrid.err().contains("--pseudospectrum 1:0:5,0:1:5"), badGrid.err());
    }

    @Test
    void benchSpectraAddsItsRows() throws Exception {
        CliRun run = CliRun.of("bench", "--quick", "--spectra", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode results = JSON.readTree(run.out()).get("results");
        int spectraRows = 0;
        for (JsonNode row : results) {
            String name = row.get("name").asText();
            if (name.startsWith("PECCARY") || name.startsWith("EDMD") || name.startsWith("pseudospectrum")) {
                spectraRows++;
                assertTrue(row.has("medianMs") || name.contains("numpy"), row.toString());
            }
        }
        assertEquals(7, spectraRows, results.toString());
    }
}
