package org.dynamicsworkbench.plugins.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.junit.jupiter.api.Test;

class ExplorerToolTest {

    @Test
    void serviceLoaderFindsTheExplorerOnceAndEveryIdIsUnique() {
        List<Tool> tools = ServiceLoader.load(Tool.class).stream().map(ServiceLoader.Provider::get).toList();
        assertEquals(1, tools.stream().filter(t -> t.id().equals("attractor-explorer")).count());
        Set<String> ids = new HashSet<>();
        for (Tool tool : tools) {
            assertFalse(tool.title().isBlank(), tool.id());
            assertFalse(tool.description().isBlank(), tool.id());
            assertEquals(true, ids.add(tool.id()), "duplicate tool id " + tool.id());
        }
        Tool explorer = tools.stream().filter(t -> t instanceof ExplorerTool).findFirst().orElseThrow();
        assertEquals("Attractor explorer", explorer.title());
    }
}
