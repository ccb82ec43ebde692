package org.dynamicsworkbench.plugins.alrnn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;
import org.dynamicsworkbench.analysis.alrnn.train.ForcingMode;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * Reads and writes {@link AlRnnState} as plain JSON with the tree model:
 * {@code {"run": "data/lorenz-alrnn", "freeRunSteps": 20000, "setup": {"data": "Lorenz", "M": 20, "P": 2,
 * "forcing": "sparse", "tau": 16, "alpha": 1, "lr": 0.001, "lrEnd": 1e-5, "epochs": 200, "batchesPerEpoch": 50,
 * "batch": 16, "seqLen": 200, "seed": 1}}}. Every field may be left out (the defaults fill it); unknown fields,
 * wrong types and values out of range are errors naming the field.
 */
public final class AlRnnStateCodec {
    private static final Set<String> TOP = Set.of("run", "freeRunSteps", "setup");
    private static final Set<String> SETUP = Set.of("data", "M", "P", "forcing", "tau", "alpha", "lr", "lrEnd",
            "epochs", "batchesPerEpoch", "batch", "seqLen", "seed");

    public ObjectNode write(AlRnnState state) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (state.run() != null) {
            root.put("run", state.run());
        }
        root.put("freeRunSteps", state.freeRunSteps());
        TrainingSetup s = state.setup();
        ObjectNode setup = root.putObject("setup");
        setup.put("data", s.data());
        setup.put("M", s.latent());
        setup.put("P", s.piecewise());
        setup.put("forcing", s.forcing().label());
        setup.put("tau", s.tau());
        setup.put("alpha", s.alpha());
        setup.put("lr", s.lrStart());
        setup.put("lrEnd", s.lrEnd());
        setup.put("epochs", s.epochs());
        setup.put("batchesPerEpoch", s.batchesPerEpoch());
        setup.put("batch", s.batch());
        setup.put("seqLen", s.seqLen());
        setup.put("seed", s.seed());
        return root;
    }

    /** @throws ToolStateException naming the field ("setup.P: ...") and the problem */
    public AlRnnState read(JsonNode node) throws ToolStateException {
        if (node == null || !node.isObject()) {
            throw new ToolStateException("state: must be a JSON object, got " + (node == null ? "nothing" : node.getNodeType()));
        }
        rejectUnknown(node, TOP, "");
        AlRnnState defaults = AlRnnState.defaults();
        String run = null;
        if (node.has("run") && !node.get("run").isNull()) {
            run = text(node.get("run"), "run");
            if (run.isBlank()) {
                throw new ToolStateException("run: must not be empty (leave it out for no run)");
            }
        }
        int steps = integer(node, "freeRunSteps", "freeRunSteps", defaults.freeRunSteps(),
                AlRnnState.MIN_FREE_RUN_STEPS, AlRnnState.MAX_FREE_RUN_STEPS);
        TrainingSetup setup = node.has("setup") ? setup(node.get("setup"), defaults.setup()) : defaults.setup();
        return new AlRnnState(run, setup, steps);
    }

    private static TrainingSetup setup(JsonNode node, TrainingSetup d) throws ToolStateException {
        if (!node.isObject()) {
            throw new ToolStateException("setup: must be an object, got " + node.getNodeType());
        }
        rejectUnknown(node, SETUP, "setup.");
        String data = node.has("data") ? text(node.get("data"), "setup.data") : d.data();
        ForcingMode forcing = d.forcing();
        if (node.has("forcing")) {
            try {
                forcing = ForcingMode.fromLabel(text(node.get("forcing"), "setup.forcing"));
            } catch (IllegalArgumentException e) {
                throw new ToolStateException("setup.forcing: " + e.getMessage(), e);
            }
        }
        int m = integer(node, "M", "setup.M", d.latent(), 1, 10_000);
        int p = integer(node, "P", "setup.P", d.piecewise(), 0, 30);
        if (p > m) {
            throw new ToolStateException("setup.P: must not exceed M=" + m + ", got " + p);
        }
        int tau = integer(node, "tau", "setup.tau", d.tau(), 1, 1_000_000);
        double alpha = number(node, "alpha", "setup.alpha", d.alpha());
        double lr = positive(node, "lr", "setup.lr", d.lrStart());
        double lrEnd = positive(node, "lrEnd", "setup.lrEnd", d.lrEnd());
        int epochs = integer(node, "epochs", "setup.epochs", d.epochs(), 1, 10_000_000);
        int batches = integer(node, "batchesPerEpoch", "setup.batchesPerEpoch", d.batchesPerEpoch(), 1, 10_000_000);
        int batch = integer(node, "batch", "setup.batch", d.batch(), 1, 1_000_000);
        int seqLen = integer(node, "seqLen", "setup.seqLen", d.seqLen(), 1, 1_000_000);
        long seed = d.seed();
        if (node.has("seed")) {
            JsonNode s = node.get("seed");
            if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                throw new ToolStateException("setup.seed: must be an integer, got " + s);
            }
            seed = s.longValue();
        }
        try {
            return new TrainingSetup(data, m, p, forcing, tau, alpha, lr, lrEnd, epochs, batches, batch, seqLen, seed);
        } catch (IllegalArgumentException e) {
            throw new ToolStateException("setup: " + e.getMessage(), e);
        }
    }

    private static void rejectUnknown(JsonNode node, Set<String> known, String prefix) throws ToolStateException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new ToolStateException(prefix + name + ": unknown field (known: " + String.join(", ",
                        known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode value, String field) throws ToolStateException {
        if (!value.isTextual()) {
            throw new ToolStateException(field + ": must be a string, got " + value);
        }
        return value.textValue();
    }

    private static int integer(JsonNode node, String name, String field, int fallback, int min, int max)
            throws ToolStateException {
        JsonNode v = node.get(name);
        if (v == null) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            throw new ToolStateException(field + ": must be an integer in [" + min + ", " + max + "], got " + v);
        }
        return v.intValue();
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

    private static double positive(JsonNode node, String name, String field, double fallback) throws ToolStateException {
        double v = number(node, name, field, fallback);
        if (!(v > 0)) {
            throw new ToolStateException(field + ": must be a positive number, got " + node.get(name));
        }
        return v;
    }
}
