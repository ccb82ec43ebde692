package org.dynamicsworkbench.plugins.concepts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.concepts.ConceptConfig;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * The next concept-space runs: the experiment's configuration (its seed is the first seed), the number of steps and
 * the number of seeds trained (seed, seed + 1, ...), averaged in the views. Its JSON is the configuration's keys
 * plus {@code steps} and {@code seeds}.
 */
public record ConceptSetup(ConceptConfig config, long steps, int seeds) {
    /** The experiment's default run length. */
    public static final long DEFAULT_STEPS = 2000;
    public static final long MAX_STEPS = 10_000_000;
    public static final int DEFAULT_SEEDS = 3;
    /** At most this many seeds are averaged. */
    public static final int MAX_SEEDS = 8;
    /** The form's keys: the configuration's, then {@code steps} and {@code seeds}. */
    public static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>(ConceptConfig.FIELDS);
        keys.add("steps");
        keys.add("seeds");
        KEYS = List.copyOf(keys);
    }

    public ConceptSetup {
        Objects.requireNonNull(config, "config");
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps: must be in [1, " + MAX_STEPS + "], got " + steps);
        }
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException("seeds: must be in [1, " + MAX_SEEDS + "], got " + seeds);
        }
    }

    /** The spec's setting: separations (1.0, 0.25), 2000 steps, 3 seeds from 0. */
    public static ConceptSetup defaults() {
        return new ConceptSetup(ConceptConfig.defaults(), DEFAULT_STEPS, DEFAULT_SEEDS);
    }

    /** The configuration of seed number {@code i} (0-based): the first seed plus i. */
    public ConceptConfig seedConfig(int i) {
        return config.withSeed(config.seed() + i);
    }

    public ObjectNode toJson() {
        ObjectNode o = config.toJson();
        o.put("steps", steps);
        o.put("seeds", seeds);
        return o;
    }

    /**
     * Reads a setup: the configuration's keys (missing ones take the defaults), {@code steps} and {@code seeds}.
     *
     * @throws ToolStateException naming the key ("setup.sep2: must be a positive number ...")
     */
    public static ConceptSetup read(JsonNode node, String field) throws ToolStateException {
        if (node == null || !node.isObject()) {
            throw new ToolStateException(field + ": must be an object, got "
                    + (node == null ? "nothing" : node.getNodeType()));
        }
        ObjectNode config = ((ObjectNode) node).deepCopy();
        long steps = integer(config.remove("steps"), field + ".steps", 1, MAX_STEPS, DEFAULT_STEPS);
        int seeds = (int) integer(config.remove("seeds"), field + ".seeds", 1, MAX_SEEDS, DEFAULT_SEEDS);
        try {
            return new ConceptSetup(ConceptConfig.parse(config), steps, seeds);
        } catch (ConfigException e) {
            throw new ToolStateException(field + "." + e.getMessage(), e);
        }
    }

    private static long integer(JsonNode v, String field, long min, long max, long fallback) throws ToolStateException {
        if (v == null) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
            throw new ToolStateException(field + ": must be an integer in [" + min + ", " + max + "], got " + v);
        }
        return v.longValue();
    }

    /** Short description, e.g. "sep (1, 0.25), 3 seeds from 0". */
    public String summary() {
        return String.format(Locale.ROOT, "sep (%s, %s), %d seed%s from %d", config.sep1(), config.sep2(), seeds,
                seeds == 1 ? "" : "s", config.seed());
    }

    /**
     * What Park et al. used for {@code key} (images and U-Net, or their vector setting; spec sections 3.2 and 3.4),
     * printed beside the toy value; "" when there is no counterpart.
     */
    public static String paperValue(String key) {
        return switch (key) {
            case "sep1", "sep2" -> "paper: colour 0.1-0.8, size 0.4";
            case "s1", "s2" -> "paper: 0.001-0.1; vector 0.05";
            case "timesteps" -> "paper: VDiff (continuous time)";
            case "hidden1" -> "paper: vector MLP 1024; CUNet 64-256";
            case "lr" -> "paper: 1e-3 (AdamW)";
            case "weight-decay" -> "paper: 0.01 (sweep 0.0025-0.04)";
            case "batch" -> "paper: 64 (images), 32 (vector)";
            case "conditioning" -> "paper: continuous (images), classy option";
            case "overprompt-scale" -> "paper: colour prompts up to 0.95, size 0.3";
            case "eval-samples" -> "paper: 32 (images), 64 over-prompted";
            case "steps" -> "paper: 20000";
            case "seeds" -> "paper: several, averaged";
            default -> "";
        };
    }
}
