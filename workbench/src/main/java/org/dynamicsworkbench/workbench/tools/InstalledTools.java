package org.dynamicsworkbench.workbench.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.dynamicsworkbench.plugins.spi.Tool;

/**
 * The tools this workbench can open, in title order, each with a unique id: the built-in tools found on
 * the class path and, optionally, those of a {@link PluginFolder}. A plugin tool whose id is already taken
 * (by a built-in tool or an earlier jar) is left out and reported in {@link #problems()}: the built-in
 * wins. Immutable apart from {@link #close()}, which closes the plugin jars.
 */
public final class InstalledTools implements AutoCloseable {
    /** The origin of the tools on the class path. */
    public static final String BUILT_IN = "built-in";

    private final List<Tool> tools;
    private final Map<String, Tool> byId;
    private final Map<String, String> origins;
    private final List<String> problems;
    private final PluginFolder plugins;

    /** @throws IllegalStateException if two tools share an id or an id is blank */
    public InstalledTools(List<Tool> tools) {
        this(checkedBuiltins(tools), List.of(), null);
    }

    private InstalledTools(Map<String, Tool> toolsById, Map<String, String> origins, List<String> problems,
                           PluginFolder plugins) {
        List<Tool> sorted = new ArrayList<>(toolsById.values());
        sorted.sort(Comparator.comparing(Tool::title).thenComparing(Tool::id));
        this.tools = List.copyOf(sorted);
        this.byId = Map.copyOf(toolsById);
        this.origins = Map.copyOf(origins);
        this.problems = List.copyOf(problems);
        this.plugins = plugins;
    }

    private InstalledTools(Map<String, Tool> builtins, List<String> problems, PluginFolder plugins) {
        this(builtins, originsOf(builtins), problems, plugins);
    }

    private static Map<String, String> originsOf(Map<String, Tool> builtins) {
        Map<String, String> origins = new LinkedHashMap<>();
        builtins.keySet().forEach(id -> origins.put(id, BUILT_IN));
        return origins;
    }

    private static Map<String, Tool> checkedBuiltins(List<Tool> tools) {
        Map<String, Tool> ids = new LinkedHashMap<>();
        for (Tool tool : tools) {
            String id = tool.id();
            if (id == null || id.isBlank()) {
                throw new IllegalStateException("tool " + tool.getClass().getName() + " has a blank id");
            }
            Tool clash = ids.put(id, tool);
            if (clash != null) {
                throw new IllegalStateException("two tools have the id '" + id + "': "
                        + clash.getClass().getName() + " and " + tool.getClass().getName());
            }
        }
        return ids;
    }

    /** Every tool listed in {@code META-INF/services/org.dynamicsworkbench.plugins.spi.Tool} on the class path. */
    public static InstalledTools load() {
        return new InstalledTools(builtins());
    }

    /**
     * The built-in tools and those of the jars in {@code pluginFolder}. Never throws for a bad folder or jar:
     * what was skipped is in {@link #problems()}.
     */
    public static InstalledTools load(Path pluginFolder) {
        return withPlugins(builtins(), PluginFolder.load(pluginFolder, InstalledTools.class.getClassLoader()));
    }

    /** {@code builtin} (whose ids must be unique) joined by the tools of {@code plugins}, the built-ins winning clashes. */
    public static InstalledTools withPlugins(List<Tool> builtin, PluginFolder plugins) {
        Map<String, Tool> ids = checkedBuiltins(builtin);
        Map<String, String> origins = originsOf(ids);
        List<String> problems = new ArrayList<>(plugins.problems());
        for (PluginFolder.PluginTool pluginTool : plugins.tools()) {
            Tool tool = pluginTool.tool();
            Tool taken = ids.get(tool.id());
            if (taken != null) {
                String owner = BUILT_IN.equals(origins.get(tool.id())) ? "the built-in tool '" + taken.title() + "'"
                        : "tool '" + taken.title() + "' of " + origins.get(tool.id());
                problems.add("plugin " + pluginTool.jar() + ": tool id '" + tool.id() + "' is already used by "
                        + owner + "; the plugin's tool is left out");
                continue;
            }
            ids.put(tool.id(), tool);
            origins.put(tool.id(), pluginTool.jar());
        }
        return new InstalledTools(ids, origins, problems, plugins);
    }

    private static List<Tool> builtins() {
        List<Tool> found = new ArrayList<>();
        ServiceLoader.load(Tool.class, InstalledTools.class.getClassLoader()).forEach(found::add);
        return found;
    }

    public List<Tool> all() {
        return tools;
    }

    /** The ids, in the order of {@link #all()}. */
    public List<String> ids() {
        return tools.stream().map(Tool::id).toList();
    }

    public Optional<Tool> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** {@link #BUILT_IN}, or the file name of the plugin jar the tool came from. */
    public String origin(String id) {
        String origin = origins.get(id);
        if (origin == null) {
            throw new IllegalArgumentException("no tool '" + id + "'");
        }
        return origin;
    }

    /** One line per plugin jar or tool left out, and for a plugin folder that could not be read. */
    public List<String> problems() {
        return problems;
    }

    /** Closes the plugin jars (their tools must not be used afterwards); nothing to do without plugins. */
    @Override
    public void close() {
        if (plugins != null) {
            plugins.close();
        }
    }
}
