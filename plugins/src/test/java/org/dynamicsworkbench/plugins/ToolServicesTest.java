package org.dynamicsworkbench.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.junit.jupiter.api.Test;

/** Every built-in tool loads through ServiceLoader with a unique id; the analysis tools are among them. */
class ToolServicesTest {

    @Test
    void everyProviderLoadsWithAUniqueId() {
        List<Tool> tools = ServiceLoader.load(Tool.class).stream().map(ServiceLoader.Provider::get).toList();
        Set<String> ids = new HashSet<>();
        for (Tool tool : tools) {
            assertTrue(ids.add(tool.id()), "duplicate tool id " + tool.id());
            assertTrue(!tool.title().isBlank() && !tool.description().isBlank(), tool.id());
        }
        assertTrue(ids.containsAll(Set.of("attractor-explorer", "peccary", "koopman", "grokking", "lazy-rich",
                "entropy-collapse", "concept-space")), "found " + ids);
        assertEquals(ids.size(), tools.size());
    }
}
