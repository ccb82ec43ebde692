package org.dynamicsworkbench.plugins.entropy;

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
 * Reads and writes {@link EntropyState} as plain JSON with the tree model: {@code {"runs": ["data/vanilla",
 * "data/clip-cov"], "step": 800, "smoothing": 0.6, "setup": {"mode": "clip-cov", "clip-cov-ratio": 0.2, ...,
 * "steps": 1500}}}. Every field may be left out (defaults fill it; the setup's missing keys take its mode's toy
 * defaults); unknown fields, wrong types and values out of range are errors naming the field.
 */
public final class EntropyStateCodec implements StateCodec<EntropyState> {
    private static final Set<String> TOP = Set.of("runs", "step", "smoothing", "setup");

    @Override
    public ObjectNode write(EntropyState state) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode runs = root.putArray("runs");
        state.runs().forEach(runs::add);
        root.put("step", state.step());
        root.put("smoothing", state.smoothing());
        root.set("setup", state.setup().toJson());
        return root;
    }

    /** @throws ToolStateException naming the field ("setup.clip-cov-ratio: ...") and the problem */
    @Override
    public EntropyState read(JsonNode node) throws ToolStateException {
        StateJson.requireObject(node, "state");
        StateJson.rejectUnknown(node, TOP, "");
        EntropyState d = EntropyState.defaults();
        List<String> runs = StateJson.folders(node, "runs", EntropyState.MAX_RUNS);
        long step = StateJson.step(node, "step", d.step());
        double smoothing = StateJson.number(node, "smoothing", d.smoothing());
        EntropySetup setup = node.has("setup") ? EntropySetup.read(node.get("setup"), "setup") : d.setup();
        try {
            return new EntropyState(runs, step, smoothing, setup);
        } catch (IllegalArgumentException e) {
            throw new ToolStateException(e.getMessage(), e);
        }
    }
}
