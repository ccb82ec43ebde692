package org.dynamicsworkbench.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module dependencies pointing one way: analysis <- render <- plugins <- workbench. Reads the
 * main sources of every module (Surefire runs in workbench/, so the reactor root is its parent) and fails
 * on any reference, import or fully qualified, that points the wrong way.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void analysisUsesNoToolkitAndNoHigherModule() {
        List<String> bad = violations("analysis", "javafx", "com.jogamp", "org.dynamicsworkbench.render",
                "org.dynamicsworkbench.plugins", "org.dynamicsworkbench.workbench");
        assertEquals(List.of(), bad, "analysis must not depend on JavaFX, JOGL or higher modules");
    }

    @Test
    void renderUsesNoPluginOrWorkbenchType() {
        List<String> bad = violations("render", "org.dynamicsworkbench.plugins", "org.dynamicsworkbench.workbench");
        assertEquals(List.of(), bad, "render must not depend on plugins or workbench");
    }

    @Test
    void pluginsUseNoWorkbenchType() {
        List<String> bad = violations("plugins", "org.dynamicsworkbench.workbench");
        assertEquals(List.of(), bad, "plugins must not depend on the workbench");
    }

    @Test
    void everyPackageHasPackageInfo() {
        List<String> missing = new ArrayList<>();
        for (String module : List.of("analysis", "render", "plugins", "workbench")) {
            for (Path dir : packageDirectories(ROOT.resolve(module).resolve("src/main/java"))) {
                if (!Files.exists(dir.resolve("package-info.java"))) {
                    missing.add(ROOT.relativize(dir).toString());
                }
            }
        }
        assertEquals(List.of(), missing, "packages without package-info.java");
    }

    @Test
    void theCheckItselfSeesSourcesAndCatchesAViolation() {
        assertTrue(Files.isDirectory(ROOT.resolve("analysis/src/main/java")), "reactor root not found from " + ROOT);
        assertFalse(javaFiles(ROOT.resolve("analysis/src/main/java")).isEmpty());
        String offending = "package x;\nimport javafx.scene.Node;\nclass Y { com.jogamp.opengl.GL gl; }\n";
        assertEquals(List.of("javafx.scene.Node", "com.jogamp.opengl.GL"),
                references(offending, List.of("javafx", "com.jogamp")));
    }

    private static List<String> violations(String module, String... forbiddenPrefixes) {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(ROOT.resolve(module).resolve("src/main/java"))) {
            try {
                for (String ref : references(Files.readString(file), List.of(forbiddenPrefixes))) {
                    found.add(ROOT.relativize(file) + " -> " + ref);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** Qualified names in code (comments and string literals stripped) that start with a forbidden prefix. */
    static List<String> references(String source, List<String> forbiddenPrefixes) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ")
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
        List<String> refs = new ArrayList<>();
        Matcher m = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+").matcher(code);
        while (m.find()) {
            String name = m.group();
            for (String prefix : forbiddenPrefixes) {
                if (name.equals(prefix) || name.startsWith(prefix + ".")) {
                    refs.add(name);
                    break;
                }
            }
        }
        return refs;
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> packageDirectories(Path dir) {
        return javaFiles(dir).stream().map(Path::getParent).distinct().toList();
    }
}
