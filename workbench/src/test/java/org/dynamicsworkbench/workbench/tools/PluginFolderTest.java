package org.dynamicsworkbench.workbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolParameterValues;
import org.dynamicsworkbench.plugins.spi.ToolResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads tools from a plugin folder: the example plugin's own jar, a jar that throws, a clash, bad folders. */
class PluginFolderTest {
    @TempDir
    Path dir;

    private Path pluginFolder() throws Exception {
        return Files.createDirectories(dir.resolve("plugins"));
    }

    @Test
    void theExamplePluginLoadsFromItsJarInTheFolderAndComputes() throws Exception {
        Path folder = pluginFolder();
        PluginJars.copyExample(folder);
        try (InstalledTools tools = InstalledTools.load(folder)) {
            assertEquals(List.of(), tools.problems());
            assertEquals(List.of("attractor-explorer", "koopman", "peccary", "recurrence-plot"), tools.ids());
            Tool tool = tools.find("recurrence-plot").orElseThrow();
            assertEquals("example-recurrence-plot.jar", tools.origin("recurrence-plot"));
            assertEquals(InstalledTools.BUILT_IN, tools.origin("attractor-explorer"));
            assertTrue(tool.getClass().getClassLoader() instanceof URLClassLoader, "loaded from the folder");
            assertNotSame(getClass().getClassLoader(), tool.getClass().getClassLoader());
            assertEquals(List.of("system", "epsilon", "steps"), tool.parameters().stream().map(p -> p.name()).toList());

            ToolParameterValues values = ToolParameterValues.defaults(tool.parameters())
                    .withText(Map.of("system", "Lorenz", "epsilon", "0.1", "steps", "400"));
            ToolResult result = tool.computation().orElseThrow().compute(values, ProgressListener.NONE, CancellationToken.NEVER);
            double rr = result.values().get("recurrenceRate").doubleValue();
            double det = result.values().get("determinism").doubleValue();
            assertTrue(rr > 0.01 && rr < 0.5, "recurrence rate of Lorenz at 10% of its diameter: " + rr);
            assertTrue(det > 0.9, "a densely sampled flow recurs along diagonal lines: " + det);
            assertEquals(400, result.values().get("states").intValue());
        }
    }

    @Test
    void aJarThatThrowsAtLoadIsSkippedWithOneLineNamingItAndTheOthersLoad() throws Exception {
        Path folder = pluginFolder();
        PluginJars.copyExample(folder);
        PluginJars.brokenJar(folder);
        try (InstalledTools tools = InstalledTools.load(folder)) {
            assertEquals(List.of("attractor-explorer", "koopman", "peccary", "recurrence-plot"), tools.ids());
            assertEquals(1, tools.problems().size(), tools.problems().toString());
            String problem = tools.problems().get(0);
            assertTrue(problem.startsWith("plugin broken-tool.jar skipped: "), problem);
            assertTrue(problem.contains("broken.BrokenTool"), problem);
            assertTrue(problem.contains("IllegalStateException: licence file missing"), problem);
            assertEquals(1, problem.lines().count());
        }
    }

    @Test
    void aPluginCannotTakeABuiltInId() throws Exception {
        Path folder = pluginFolder();
        PluginJars.clashingJar(folder);
        try (InstalledTools tools = InstalledTools.load(folder)) {
            assertEquals(List.of("attractor-explorer", "koopman", "peccary"), tools.ids());
            assertEquals(InstalledTools.BUILT_IN, tools.origin("attractor-explorer"));
            assertEquals("Attractor explorer", tools.find("attractor-explorer").orElseThrow().title());
            assertEquals(List.of("plugin impostor.jar: tool id 'attractor-explorer' is already used by the built-in"
                    + " tool 'Attractor explorer'; the plugin's tool is left out"), tools.problems());
        }
    }

    @Test
    void aMissingFolderGivesTheBuiltInsAndOneProblem() {
        Path missing = dir.resolve("no-such-folder");
        try (InstalledTools tools = InstalledTools.load(missing)) {
            assertEquals(List.of("attractor-explorer", "koopman", "peccary"), tools.ids());
            assertEquals(List.of("plugins folder " + missing + ": does not exist"), tools.problems());
        }
    }

    @Test
    void onlyTheFoldersOwnJarsAreRead() throws Exception {
        Path folder = pluginFolder();
        PluginJars.copyExample(Files.createDirectories(folder.resolve("nested")));
        Files.writeString(folder.resolve("notes.txt"), "not a jar");
        try (InstalledTools tools = InstalledTools.load(folder)) {
            assertEquals(List.of("attractor-explorer", "koopman", "peccary"), tools.ids(), "jars in sub-folders are not loaded");
            assertEquals(List.of(), tools.problems());
        }
    }

    @Test
    void aFileThatIsNotAJarIsSkipped() throws Exception {
        Path folder = pluginFolder();
        Files.writeString(folder.resolve("garbage.jar"), "this is not a zip file");
        try (InstalledTools tools = InstalledTools.load(folder)) {
            assertEquals(List.of("attractor-explorer", "koopman", "peccary"), tools.ids());
            assertEquals(1, tools.problems().size());
            assertTrue(tools.problems().get(0).startsWith("plugin garbage.jar skipped: "), tools.problems().get(0));
        }
    }
}
