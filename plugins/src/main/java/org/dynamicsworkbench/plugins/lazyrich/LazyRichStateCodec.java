package org.dynamicsworkbench.plugins.lazyrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichConfig;
import org.dynamicsworkbench.plugins.runs.StateCodec;
import org.dynamicsworkbench.plugins.runs.StateJson;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * Reads and writes {@link LazyRichState} as plain JSON with the tree model: {@code {"run":
 * "data/lazy-rich/alpha=4,...", "step": 2035, "smoothing": 0, "overlays": ["data/lazy-rich/alpha=1,..."], "setup":
 * {"dim": 50, "trainSize": 300, "testSize": 1000, "width": 200, "epsilon": 0.25, "alpha": 4, "lrScale": 10,
 * "centredLoss": false, "ntkPoints": 200, "seed": 0, "steps": 20000}}}. The setup holds the "lazy-rich"
 * configuration's own fields plus {@code steps}. Every field may be left out (defaults fill it: the CPU-cheap
 * variant); unknown fields, wrong types and values out of range are errors naming the field.
 */
public final class LazyRichStateCodec implements StateCodec<LazyRichState> {
    private static final Set<String> TOP = Set.of("run", "step", "smoothing", "overlays", "setup");

    @Override
    public ObjectNode write(LazyRichState state) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (state.run() != null) {
            root.put("run", state.run());
        }
        root.put("step", state.step());
        root.put("smoothing", state.smoothing());
        ArrayNode overlays = root.putArray("overlays");
        state.overlays().forEach(overlays::add);
        ObjectNode setup = state.setup().toConfig();
        setup.put("steps", state.setup().steps());
        root.set("setup", setup);
        return root;
    }

    /** @throws ToolStateException naming the field ("setup.alpha: ...") and the problem */
    @Override
    public LazyRichState read(JsonNode node) throws ToolStateException {
        StateJson.requireObject(node, "state");
        StateJson.rejectUnknown(node, TOP, "");
        LazyRichState d = LazyRichState.defaults();
        String run = null;
        JsonNode r = node.get("run");
        if (r != null && !r.isNull()) {
            if (!r.isTextual() || r.textValue().isBlank()) {
                throw new ToolStateException("run: must be a run folder (a non-empty string; leave it out for none), got " + r);
            }
            run = r.textValue();
        }
        long step = d.step();
        if (node.has("step")) {
            JsonNode s = node.get("step");
            if (!s.isIntegralNumber() || !s.canConvertToLong() || s.longValue() < -1) {
                throw new ToolStateException("step: must be an integer >= 0, or -1 for the last checkpoint, got " + s);
            }
            step = s.longValue();
        }
        double smoothing = d.smoothing();
        if (node.has("smoothing")) {
            JsonNode s = node.get("smoothing");
            if (!s.isNumber()) {
                throw new ToolStateException("smoothing: must be a number, got " + s);
            }
            smoothing = s.doubleValue();
        }
        List<String> overlays = new ArrayList<>();
        if (node.has("overlays")) {
            JsonNode o = node.get("overlays");
            if (!o.isArray()) {
                throw new ToolStateException("overlays: must be an array of run folders, got " + o.getNodeType());
            }
            for (int i = 0; i < o.size(); i++) {
                JsonNode e = o.get(i);
                if (!e.isTextual() || e.textValue().isBlank()) {
                    throw new ToolStateException("overlays[" + i + "]: must be a run folder (a non-empty string), got " + e);
                }
                overlays.add(e.textValue());
            }
        }
        LazyRichSetup setup = node.has("setup") ? setup(node.get("setup")) : d.setup();
        try {
            return new LazyRichState(run, step, smoothing, overlays, setup);
        } catch (IllegalArgumentException e) {
            throw new ToolStateException(e.getMessage(), e);
        }
    }

    private static LazyRichSetup setup(JsonNode node) throws ToolStateException {
        if (!node.isObject()) {
            throw new ToolStateException("setup: must be an object, got " + node.getNodeType());
        }
        ObjectNode fields = ((ObjectNode) node).deepCopy();
        long steps = LazyRichSetup.DEFAULT_STEPS;
        JsonNode s = fields.remove("steps");
        if (s != null) {
            if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                throw new ToolStateException("setup.steps: must be an integer, got " + s);
            }
            steps = s.longValue();
        }
        LazyRichConfig config;
        try {
            config = LazyRichConfig.parse(fields);
        } catch (ConfigException e) {
            String known = String.join(", ", LazyRichConfig.FIELDS) + ", steps";
            String message = e.getMessage().contains("unknown field")
                    ? e.field() + ": unknown field (known: " + known + ")" : e.getMessage();
            throw new ToolStateException("setup." + message, e);
        }
        try {
            return new LazyRichSetup(config, steps);
        } catch (IllegalArgumentException e) {
            throw new ToolStateException("setup." + e.getMessage(), e);
        }
    }
}
