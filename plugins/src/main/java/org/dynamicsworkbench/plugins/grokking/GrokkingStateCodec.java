package org.dynamicsworkbench.plugins.grokking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dynamicsworkbench.plugins.runs.StateCodec;
import org.dynamicsworkbench.plugins.runs.StateJson;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * Reads and writes {@link GrokkingState} as plain JSON with the tree model: {@code {"run": "data/grok-primary",
 * "step": 2400, "smoothing": 0.6, "overlays": ["data/grok-no-wd"], "sweep": "data/sweep", "setup": {"preset":
 * "primary", "p": 31, "width": 256, "frac": 0.4, "lr": 0.003, "wd": 1, "beta1": 0.9, "beta2": 0.98, "eps": 1e-8,
 * "steps": 5000, "seed": 0}}}. Every field may be left out (defaults fill it; a setup's missing values come from its
 * preset); unknown fields, wrong types and values out of range are errors naming the field.
 */
public final class GrokkingStateCodec implements StateCodec<GrokkingState> {
    private static final Set<String> TOP = Set.of("run", "step", "smoothing", "overlays", "sweep", "setup");
    private static final Set<String> SETUP = Set.of("preset", "p", "width", "frac", "lr", "wd", "beta1", "beta2", "eps",
            "steps", "seed", "keyFrequencies");

    @Override
    public ObjectNode write(GrokkingState state) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (state.run() != null) {
            root.put("run", state.run());
        }
        root.put("step", state.step());
        root.put("smoothing", state.smoothing());
        ArrayNode overlays = root.putArray("overlays");
        state.overlays().forEach(overlays::add);
        if (state.sweep() != null) {
            root.put("sweep", state.sweep());
        }
        GrokkingSetup s = state.setup();
        ObjectNode setup = root.putObject("setup");
        setup.put("preset", s.preset());
        setup.put("p", s.p());
        setup.put("width", s.width());
        setup.put("frac", s.frac());
        setup.put("lr", s.lr());
        setup.put("wd", s.wd());
        setup.put("beta1", s.beta1());
        setup.put("beta2", s.beta2());
        setup.put("eps", s.eps());
        setup.put("steps", s.steps());
        setup.put("seed", s.seed());
        if (!s.keyFrequencies().isEmpty()) {
            s.keyFrequencies().forEach(setup.putArray("keyFrequencies")::add);
        }
        return root;
    }

    /** @throws ToolStateException naming the field ("setup.frac: ...") and the problem */
    @Override
    public GrokkingState read(JsonNode node) throws ToolStateException {
        StateJson.requireObject(node, "state");
        StateJson.rejectUnknown(node, TOP, "");
        GrokkingState d = GrokkingState.defaults();
        String run = optionalPath(node, "run");
        String sweep = optionalPath(node, "sweep");
        long step = d.step();
        if (node.has("step")) {
            JsonNode s = node.get("step");
            if (!s.isIntegralNumber() || !s.canConvertToLong() || s.longValue() < -1) {
                throw new ToolStateException("step: must be an integer >= 0, or -1 for the last checkpoint, got " + s);
            }
            step = s.longValue();
        }
        double smoothing = StateJson.number(node, "smoothing", d.smoothing());
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
        GrokkingSetup setup = node.has("setup") ? setup(node.get("setup")) : d.setup();
        try {
            return new GrokkingState(run, step, smoothing, overlays, sweep, setup);
        } catch (IllegalArgumentException e) {
            throw new ToolStateException(e.getMessage(), e);
        }
    }

    private static GrokkingSetup setup(JsonNode node) throws ToolStateException {
        if (!node.isObject()) {
            throw new ToolStateException("setup: must be an object, got " + node.getNodeType());
        }
        StateJson.rejectUnknown(node, SETUP, "setup.");
        String preset = "primary";
        if (node.has("preset")) {
            JsonNode p = node.get("preset");
            if (!p.isTextual()) {
                throw new ToolStateException("setup.preset: must be a string, got " + p);
            }
            preset = p.textValue();
        }
        GrokkingSetup base;
        try {
            base = GrokkingSetup.preset(GrokkingSetup.CUSTOM.equals(preset) ? "primary" : preset);
        } catch (IllegalArgumentException e) {
            throw new ToolStateException("setup." + e.getMessage(), e);
        }
        try {
            return new GrokkingSetup(preset,
                    (int) integer(node, "p", base.p(), Integer.MAX_VALUE),
                    (int) integer(node, "width", base.width(), Integer.MAX_VALUE),
                    number(node, "frac", "setup.frac", base.frac()),
                    number(node, "lr", "setup.lr", base.lr()),
                    number(node, "wd", "setup.wd", base.wd()),
                    number(node, "beta1", "setup.beta1", base.beta1()),
                    number(node, "beta2", "setup.beta2", base.beta2()),
                    number(node, "eps", "setup.eps", base.eps()),
                    integer(node, "steps", base.steps(), Long.MAX_VALUE),
                    integer(node, "seed", base.seed(), Long.MAX_VALUE),
                    keyFrequencies(node));
        } catch (IllegalArgumentException e) {
            throw new ToolStateException("setup." + e.getMessage(), e);
        }
    }

    private static java.util.List<Integer> keyFrequencies(JsonNode node) throws ToolStateException {
        JsonNode k = node.get("keyFrequencies");
        if (k == null || k.isNull()) {
            return java.util.List.of();
        }
        if (!k.isArray()) {
            throw new ToolStateException("setup.keyFrequencies: must be an array of integers, got " + k);
        }
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (JsonNode f : k) {
            if (!f.isIntegralNumber() || !f.canConvertToInt()) {
                throw new ToolStateException("setup.keyFrequencies: must hold integers, got " + f);
            }
            out.add(f.intValue());
        }
        return out;
    }

    private static String optionalPath(JsonNode node, String name) throws ToolStateException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw new ToolStateException(name + ": must be a folder (a non-empty string; leave it out for none), got " + v);
        }
        return v.textValue();
    }

    private static long integer(JsonNode node, String name, long fallback, long max) throws ToolStateException {
        JsonNode v = node.get(name);
        if (v == null) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() > max || v.longValue() < Long.MIN_VALUE + 1) {
            throw new ToolStateException("setup." + name + ": must be an integer, got " + v);
        }
        return v.longValue();
    }

    private static double number(JsonNode node, String name, String field, double fallback) throws ToolStateException {
        JsonNode v = node.get(name);
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new ToolStateException(field + ": must be a finite number, got " + v);
        }
        return v.doubleValue();
    }
}
