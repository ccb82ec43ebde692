package org.dynamicsworkbench.plugins.entropy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyConfig;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyMode;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * The next entropy-collapse run: the experiment's configuration (mode and every hyperparameter, toy values) and the
 * number of steps. Its JSON is the configuration's own keys plus {@code steps}.
 */
public record EntropySetup(EntropyConfig config, long steps) {
    /** The spec's run length (1500 steps). */
    public static final long DEFAULT_STEPS = 1500;
    public static final long MAX_STEPS = 1_000_000;
    /** The form's keys: the configuration's, then {@code steps}. */
    public static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>(EntropyConfig.FIELDS);
        keys.add("steps");
        KEYS = List.copyOf(keys);
    }

    public EntropySetup {
        Objects.requireNonNull(config, "config");
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps: must be in [1, " + MAX_STEPS + "], got " + steps);
        }
    }

    /** The spec's toy configuration in vanilla mode, seed 0, 1500 steps. */
    public static EntropySetup defaults() {
        return new EntropySetup(EntropyConfig.defaults(EntropyMode.VANILLA), DEFAULT_STEPS);
    }

    /** This setup in another mode, with that mode's PPO clip (the other hyperparameters kept). */
    public EntropySetup withMode(EntropyMode mode) {
        ObjectNode json = config.toJson();
        EntropyConfig clip = EntropyConfig.defaults(mode);
        json.put("mode", mode.label());
        json.put("eps-low", clip.epsLow());
        json.put("eps-high", clip.epsHigh());
        return new EntropySetup(EntropyConfig.parse(json), steps);
    }

    /** The configuration's JSON plus {@code steps}. */
    public ObjectNode toJson() {
        ObjectNode o = config.toJson();
        o.put("steps", steps);
        return o;
    }

    /**
     * Reads a setup: the configuration's keys (missing ones take the mode's defaults) and {@code steps}.
     *
     * @param field where the setup sits, for messages (e.g. {@code setup})
     * @throws ToolStateException naming the key ("setup.group-size: must be between 2 and 4096, got 1")
     */
    public static EntropySetup read(JsonNode node, String field) throws ToolStateException {
        if (node == null || !node.isObject()) {
            throw new ToolStateException(field + ": must be an object, got "
                    + (node == null ? "nothing" : node.getNodeType()));
        }
        ObjectNode config = ((ObjectNode) node).deepCopy();
        long steps = DEFAULT_STEPS;
        JsonNode s = config.remove("steps");
        if (s != null) {
            if (!s.isIntegralNumber() || !s.canConvertToLong() || s.longValue() < 1 || s.longValue() > MAX_STEPS) {
                throw new ToolStateException(field + ".steps: must be an integer in [1, " + MAX_STEPS + "], got " + s);
            }
            steps = s.longValue();
        }
        try {
            return new EntropySetup(EntropyConfig.parse(config), steps);
        } catch (ConfigException e) {
            throw new ToolStateException(field + "." + e.getMessage(), e);
        }
    }

    /** Short description for messages and folder names, e.g. "clip-cov seed 0". */
    public String summary() {
        return String.format(Locale.ROOT, "%s seed %d", config.mode().label(), config.seed());
    }

    /**
     * What Cui et al.'s scripts use for {@code key} (LLM scale; spec section 2.3), printed beside the toy value
     * that acts here; "" when the paper has no counterpart.
     */
    public static String paperValue(String key) {
        return switch (key) {
            case "group-size" -> "paper: " + EntropyConfig.PAPER_GROUP_SIZE + " responses";
            case "minibatches" -> "paper: " + EntropyConfig.PAPER_MINIBATCHES + " updates / rollout";
            case "lr" -> "paper: " + EntropyConfig.PAPER_LR_7B + " (Adam, 7B)";
            case "temperature" -> "paper: 1.0";
            case "clip-cov-ratio" -> "paper: " + EntropyConfig.PAPER_CLIP_COV_RATIO;
            case "clip-cov-lb" -> "paper: " + EntropyConfig.PAPER_CLIP_COV_LB;
            case "clip-cov-ub" -> "paper: " + EntropyConfig.PAPER_CLIP_COV_UB;
            case "kl-k-percent" -> "paper: " + EntropyConfig.PAPER_KL_K_PERCENT + " (7B), "
                    + EntropyConfig.PAPER_KL_K_PERCENT_32B + " (32B)";
            case "kl-coef" -> "paper: " + EntropyConfig.PAPER_KL_COEF;
            case "eps-low" -> "paper: " + EntropyConfig.PAPER_EPS_LOW + " (Clip-Cov: " + EntropyConfig.PAPER_CLIP_COV_EPS
                    + ")";
            case "eps-high" -> "paper: " + EntropyConfig.PAPER_EPS_HIGH + " (clip-higher "
                    + EntropyConfig.PAPER_CLIP_HIGHER_EPS_HIGH + ")";
            case "entropy-coef" -> "paper: 0 (baseline)";
            case "steps" -> "paper: 2400 steps";
            default -> "";
        };
    }
}
