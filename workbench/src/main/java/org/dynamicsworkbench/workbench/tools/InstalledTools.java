package org.dynamicsworkbench.workbench.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.dynamicsworkbench.plugins.spi.Tool;

/** The tools found on the class path, in title order, each with a unique id. Immutable. */
public final class InstalledTools {
    private final List<Tool> tools;
    private final Map<String, Tool> byId;

    /** @throws IllegalStateException if two tools share an id or an id is blank */
    public InstalledTools(List<Tool> tools) {
        List<Tool> sorted = new ArrayList<>(tools);
        sorted.sort(Comparator.comparing(Tool::title).thenComparing(Tool::id));
        Map<String, Tool> ids = new LinkedHashMap<>();
        for (Tool tool : sorted) {
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
        this.tools = List.copyOf(sorted);
        this.byId = Map.copyOf(ids);
    }

    /** Every tool listed in {@code META-INF/services/org.dynamicsworkbench.plugins.spi.Tool} on the class path. */
    public static InstalledTools load() {
        List<Tool> found = new ArrayList<>();
        ServiceLoader.load(Tool.class, InstalledTools.class.getClassLoader()).forEach(found::add);
        return new InstalledTools(found);
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
}
