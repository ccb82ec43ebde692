package org.dynamicsworkbench.workbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.render.gl.GlRenderer;

/**
 * Plugin jars for tests: the example plugin's jar as Maven built it, and small tool jars compiled here
 * from source (e.g. a tool whose constructor throws), each with its service file.
 */
public final class PluginJars {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    /** The jar the example-recurrence-plot module packages (the reactor builds it before workbench). */
    public static final Path EXAMPLE_JAR = ROOT.resolve("plugins/example-recurrence-plot/target/example-recurrence-plot.jar");

    private PluginJars() {
    }

    /** Copies the example plugin's jar into {@code folder} and returns the copy. */
    public static Path copyExample(Path folder) throws IOException {
        assertTrue(Files.isRegularFile(EXAMPLE_JAR), "the example plugin's jar is built first: " + EXAMPLE_JAR);
        return Files.copy(EXAMPLE_JAR, folder.resolve("example-recurrence-plot.jar"));
    }

    /**
     * Compiles one tool class and writes a jar listing it as a {@link Tool} provider.
     *
     * @param className fully qualified, e.g. "broken.BrokenTool"
     */
    public static Path toolJar(Path folder, String jarName, String className, String source) throws IOException {
        Path work = Files.createTempDirectory(folder.getParent(), "compile");
        Path src = work.resolve("src/" + className.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classpath = Stream.of(Tool.class, GlRenderer.class, ProgressListener.class, JsonNode.class,
                        javafx.scene.Node.class).map(PluginJars::location).distinct()
                .collect(Collectors.joining(java.io.File.pathSeparator));
        int status = javac.run(null, null, null, "-proc:none", "-cp", classpath, "-d", classes.toString(), src.toString());
        assertEquals(0, status, "compiling " + className);
        Path jar = folder.resolve(jarName);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/" + Tool.class.getName()));
            out.write((className + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            List<Path> classFiles;
            try (Stream<Path> walk = Files.walk(classes)) {
                classFiles = walk.filter(p -> p.toString().endsWith(".class")).toList();
            }
            for (Path c : classFiles) {
                out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(c));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** A jar whose tool throws in its constructor (what a plugin with a broken setup does at load time). */
    public static Path brokenJar(Path folder) throws IOException {
        return toolJar(folder, "broken-tool.jar", "broken.BrokenTool", """
                package broken;
                public final class BrokenTool implements org.dynamicsworkbench.plugins.spi.Tool {
                    public BrokenTool() {
                        throw new IllegalStateException("licence file missing");
                    }
                    public String id() { return "broken"; }
                    public String title() { return "Broken"; }
                    public String description() { return "Throws when created."; }
                }
                """);
    }

    /** A jar whose tool takes the built-in explorer's id. */
    public static Path clashingJar(Path folder) throws IOException {
        return toolJar(folder, "impostor.jar", "impostor.Impostor", """
                package impostor;
                public final class Impostor implements org.dynamicsworkbench.plugins.spi.Tool {
                    public String id() { return "attractor-explorer"; }
                    public String title() { return "Impostor"; }
                    public String description() { return "Claims a built-in id."; }
                }
                """);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
