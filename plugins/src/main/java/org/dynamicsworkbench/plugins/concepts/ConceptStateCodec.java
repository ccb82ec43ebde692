package org.dynamicsworkbench.plugins.concepts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.dynamicsworkbench.plugins.runs.StateCodec;
import org.dynamicsworkbench.plugins.runs.StateJson;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * Reads and writes {@link ConceptState} as plain JSON with the tree model: {@code {"runs": ["data/seed=0",
 * "data/seed=1"], "step": 300, "setup": {"sep1": 1.0, "sep2": 0.25, ..., "steps": 2000, "seeds": 3}}}. Every field
 * may be left out (defaults fill it); unknown fields, wrong types and values out of range are errors naming the field.
 */
public final class ConceptStateCodec implements StateCodec<ConceptState> {
    private static final Set<String> TOP = Set.of("runs", "step", "setup");

    @Override
    public ObjectNode write(ConceptState state) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode runs = root.putArray("runs");
        state.runs().forEach(runs::add);
        root.put("step", state.step());
        root.set("setup", state.setup().toJson());
        return root;
    }

    /** @throws ToolStateException naming the field and the problem */
    @Override
    public ConceptState read(JsonNode node) throws ToolStateException {
        StateJson.requireObject(node, "state");
        StateJson.rejectUnknown(node, TOP, "");
        ConceptState d = ConceptState.defaults();
        List<String> runs = StateJson.folders(node, "runs", ConceptSetup.MAX_SEEDS);
        long step = StateJson.step(node, "step", d.step());
        ConceptSetup setup = node.has("setup") ? ConceptSetup.read(node.get("setup"), "setup") : d.setup();
        try {
            return new ConceptState(runs, step, setup);
        } catch (IllegalArgumentException e) {
            throw new ToolStateException(e.getMessage(), e);
        }
    }
}
