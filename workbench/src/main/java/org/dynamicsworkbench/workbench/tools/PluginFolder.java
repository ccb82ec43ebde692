package org.dynamicsworkbench.workbench.tools;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.dynamicsworkbench.plugins.spi.Tool;

/**
 * The tools of the plugin jars in one folder. Only the folder's own {@code *.jar} files are read (no
 * sub-folders, no other path); each jar gets its own {@link URLClassLoader} over that jar alone, whose
 * parent is the workbench's loader (so plugins see the SPI, analysis, render, JavaFX and Jackson), and
 * {@link ServiceLoader} finds the {@link Tool}s it lists. A jar that cannot be read, or whose provider
 * fails to load or to construct, is skipped as a whole, with a one-line problem naming the jar and the
 * error; the others load. Keeps the loaders open until {@link #close()} (the tools' classes live in them).
 */
public final class PluginFolder implements AutoCloseable {
    /** At most this many provider entries are read from one jar (a guard against a runaway service file). */
    private static final int MAX_PROVIDERS_PER_JAR = 256;

    /** A tool and the jar it came from. */
    public record PluginTool(Tool tool, String jar) {
    }

    private final Path folder;
    private final List<PluginTool> tools;
    private final List<String> problems;
    private final List<URLClassLoader> loaders;

    private PluginFolder(Path folder, List<PluginTool> tools, List<String> problems, List<URLClassLoader> loaders) {
        this.folder = folder;
        this.tools = List.copyOf(tools);
        this.problems = List.copyOf(problems);
        this.loaders = List.copyOf(loaders);
    }

    /**
     * Loads every jar of {@code folder}. Never throws for a bad folder or jar: a folder that does not exist
     * or is not a folder gives no tools and one problem.
     *
     * @param parent the class loader plugins are loaded under (the workbench's)
     */
    public static PluginFolder load(Path folder, ClassLoader parent) {
        List<PluginTool> tools = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<URLClassLoader> loaders = new ArrayList<>();
        if (!Files.exists(folder)) {
            problems.add("plugins folder " + folder + ": does not exist");
            return new PluginFolder(folder, tools, problems, loaders);
        }
        if (!Files.isDirectory(folder)) {
            problems.add("plugins folder " + folder + ": is not a folder");
            return new PluginFolder(folder, tools, problems, loaders);
        }
        List<Path> jars;
        try (Stream<Path> entries = Files.list(folder)) {
            jars = entries.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add("plugins folder " + folder + ": cannot be listed (" + e.getMessage() + ")");
            return new PluginFolder(folder, tools, problems, loaders);
        }
        for (Path jar : jars) {
            loadJar(jar, parent, tools, problems, loaders);
        }
        return new PluginFolder(folder, tools, problems, loaders);
    }

    private static void loadJar(Path jar, ClassLoader parent, List<PluginTool> tools, List<String> problems,
                                List<URLClassLoader> loaders) {
        String name = jar.getFileName().toString();
        URL url;
        try {
            url = jar.toUri().toURL();
        } catch (MalformedURLException e) {
            problems.add("plugin " + name + " skipped: " + e.getMessage());
            return;
        }
        URLClassLoader loader = new URLClassLoader("plugin " + name, new URL[] {url}, parent);
        List<Tool> found = new ArrayList<>();
        try {
            Iterator<ServiceLoader.Provider<Tool>> providers = ServiceLoader.load(Tool.class, loader).stream().iterator();
            for (int read = 0; read < MAX_PROVIDERS_PER_JAR && providers.hasNext(); read++) {
                ServiceLoader.Provider<Tool> provider = providers.next();
                if (provider.type().getClassLoader() != loader) {
                    continue; // a service entry of the workbench itself, seen through the parent
                }
                Tool tool = provider.get();
                String id = tool.id();
                if (id == null || id.isBlank()) {
                    throw new IllegalStateException("tool " + provider.type().getName() + " has a blank id");
                }
                found.add(tool);
            }
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            problems.add("plugin " + name + " skipped: " + describe(e));
            closeQuietly(loader);
            return;
        }
        if (found.isEmpty()) {
            problems.add("plugin " + name + " skipped: it lists no tool in META-INF/services/" + Tool.class.getName());
            closeQuietly(loader);
            return;
        }
        found.forEach(t -> tools.add(new PluginTool(t, name)));
        loaders.add(loader);
    }

    /** One line: the error's own message, then the cause that explains it. */
    static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String prefix = Tool.class.getName() + ": ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        if (!(e instanceof ServiceConfigurationError)) {
            message = e.getClass().getSimpleName() + ": " + message;
        }
        Throwable cause = e.getCause();
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause != null) {
            message += " (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // nothing was loaded from it that anyone holds
        }
    }

    public Path folder() {
        return folder;
    }

    /** The tools found, in jar-name order. */
    public List<PluginTool> tools() {
        return tools;
    }

    /** One line per folder or jar that was skipped. */
    public List<String> problems() {
        return problems;
    }

    /** Closes the class loaders of the loaded jars; their tools must not be used afterwards. */
    @Override
    public void close() {
        loaders.forEach(PluginFolder::closeQuietly);
    }
}
