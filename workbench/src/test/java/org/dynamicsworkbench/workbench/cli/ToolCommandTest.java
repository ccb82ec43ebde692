package org.dynamicsworkbench.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dynamicsworkbench.workbench.tools.PluginJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code tool} and {@code tools} subcommands with the example plugin loaded from a folder. */
class ToolCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path plugins() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plugins"));
        PluginJars.copyExample(folder);
        return folder;
    }

    @Test
    void runsThePluginsComputationWithTypedParametersAndWritesTheResult() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("tool", "recurrence-plot", "--plugins", plugins().toString(), "--param", "system=Henon",
                "--param", "epsilon=0.05", "--param", "steps=500", "--json", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode printed = JSON.readTree(run.out());
        assertEquals("recurrence-plot", printed.get("tool").textValue());
        assertEquals("Henon", printed.get("parameters").get("system").textValue());
        assertEquals(0.05, printed.get("parameters").get("epsilon").doubleValue());
        assertEquals(500, printed.get("parameters").get("steps").intValue());
        double rr = printed.get("values").get("recurrenceRate").doubleValue();
        assertTrue(rr > 0 && rr < 0.5, "rr " + rr);
        assertEquals(printed, JSON.readTree(Files.readString(out.resolve(ToolCommand.RESULT_FILE))));
    }

    @Test
    void textOutputListsTheValues() throws Exception {
        CliRun run = CliRun.of("tool", "recurrence-plot", "--plugins", plugins().toString(), "--param", "steps=200");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("recurrence-plot: Lorenz: RR = "), run.out());
        assertTrue(run.out().contains("  determinism = "), run.out());
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo() throws Exception {
        String folder = plugins().toString();
        CliRun unknown = CliRun.of("tool", "recurence-plot", "--plugins", folder);
        assertEquals(2, unknown.exitCode());
        assertEquals("error: recurence-plot: unknown tool (available: attractor-explorer, koopman, peccary, recurrence-plot)",
                unknown.err().strip());

        CliRun range = CliRun.of("tool", "recurrence-plot", "--plugins", folder, "--param", "epsilon=2");
        assertEquals(2, range.exitCode());
        assertEquals("error: --param epsilon=2: epsilon: must be in [0.001, 1], got 2.0", range.err().strip());

        CliRun notNumber = CliRun.of("tool", "recurrence-plot", "--plugins", folder, "--param", "steps=many");
        assertEquals("error: --param steps=many: steps: 'many' is not an integer", notNumber.err().strip());

        CliRun unknownParam = CliRun.of("tool", "recurrence-plot", "--plugins", folder, "--param", "eps=0.1");
        assertEquals("error: --param eps=0.1: eps: unknown parameter (known: epsilon, steps, system)",
                unknownParam.err().strip());

        CliRun choice = CliRun.of("tool", "recurrence-plot", "--plugins", folder, "--param", "system=Lorenzz");
        assertEquals(2, choice.exitCode());
        assertTrue(choice.err().startsWith("error: --param system=Lorenzz: system: must be one of "), choice.err());
        assertEquals(1, choice.errLines());

        CliRun windowOnly = CliRun.of("tool", "attractor-explorer");
        assertEquals("error: attractor-explorer: has no headless computation (open it in the window)",
                windowOnly.err().strip());
    }

    @Test
    void aMissingPluginFolderIsBadInput() {
        Path missing = dir.resolve("nowhere");
        CliRun run = CliRun.of("tools", "--plugins", missing.toString());
        assertEquals(2, run.exitCode());
        assertEquals("error: --plugins " + missing + ": folder does not exist", run.err().strip());
    }

    @Test
    void aBrokenPluginIsAWarningAndTheRestWorks() throws Exception {
        Path folder = plugins();
        PluginJars.brokenJar(folder);
        CliRun run = CliRun.of("tools", "--plugins", folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().startsWith("warning: plugin broken-tool.jar skipped: "), run.err());
        assertTrue(run.out().contains("recurrence-plot  Recurrence plot  (example-recurrence-plot.jar, headless)"), run.out());
        assertTrue(run.out().contains("    epsilon  double  default 0.1  [0.001, 1]  "), run.out());
        assertTrue(run.out().contains("attractor-explorer  Attractor explorer  (built-in, window only)"), run.out());
    }
}
