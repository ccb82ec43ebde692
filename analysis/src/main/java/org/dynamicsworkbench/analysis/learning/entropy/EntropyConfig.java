package org.dynamicsworkbench.analysis.learning.entropy;

import org.dynamicsworkbench.analysis.learning.ConfigFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.ExperimentConfig;

/**
 * Hyperparameters of the entropy-collapse bandit (spec section 2.4): a contextual bandit with a nonlinear
 * teacher and a "pretrained" linear softmax policy trained by GRPO with several mini-batch updates per rollout.
 * Defaults are the toy values that act at this scale; the {@code PAPER_...} constants are the values of Cui et
 * al.'s scripts (LLM scale), shown beside the sliders. JSON keys are kebab-case ({@code group-size}).
 *
 * @param contexts        context dimension d
 * @param answers         number of answers A (at least 2)
 * @param teacherHidden   hidden width of the teacher {@code argmax(U tanh(1.5 V x))}
 * @param trainPrompts    training prompts
 * @param testPrompts     held-out prompts (for R and the test entropy)
 * @param promptsPerStep  prompts per rollout batch (a multiple of minibatches, at most trainPrompts)
 * @param groupSize       answers drawn per prompt, G &gt;= 2
 * @param minibatches     optimiser updates per rollout batch (the batch is split by prompt)
 * @param lr              SGD learning rate on W
 * @param temperature     sampling temperature (policy = softmax(Wx / T))
 * @param mode            loss shaping
 * @param clipCovRatio    Clip-Cov fraction r of the mini-batch tokens to detach, in [0, 1]
 * @param clipCovLb       Clip-Cov lower covariance bound (exclusive)
 * @param clipCovUb       Clip-Cov upper covariance bound (exclusive), &gt; clipCovLb
 * @param klKPercent      KL-Cov percentage of tokens penalised, in (0, 100]
 * @param klCoef          KL-Cov coefficient beta &gt;= 0
 * @param epsLow          PPO lower clip (ratio &gt;= 1 - epsLow), in [0, 1]
 * @param epsHigh         PPO upper clip (ratio &lt;= 1 + epsHigh), in [0, 1]
 * @param entropyCoef     entropy-bonus coefficient &gt;= 0 (used by entropy-bonus mode)
 * @param seed            seed of the teacher, prompts, initialisation and rollouts
 */
public record EntropyConfig(int contexts, int answers, int teacherHidden, int trainPrompts, int testPrompts,
        int promptsPerStep, int groupSize, int minibatches, double lr, double temperature, EntropyMode mode,
        double clipCovRatio, double clipCovLb, double clipCovUb, double klKPercent, double klCoef, double epsLow,
        double epsHigh, double entropyCoef, long seed) implements ExperimentConfig {

    /** Clip-Cov ratio of the 7B/32B scripts ({@code clip_ratio = 0.0002}). */
    public static final double PAPER_CLIP_COV_RATIO = 2e-4;
    /** Clip-Cov covariance bounds of the scripts ({@code clip_cov_lb = 1}, {@code clip_cov_ub = 5}). */
    public static final double PAPER_CLIP_COV_LB = 1.0;
    public static final double PAPER_CLIP_COV_UB = 5.0;
    /** KL-Cov percentage of tokens, 7B script ({@code k_percent = 0.2}, i.e. 0.2 %). */
    public static final double PAPER_KL_K_PERCENT = 0.2;
    /** KL-Cov percentage of tokens, 32B script ({@code k_percent = 0.02}). */
    public static final double PAPER_KL_K_PERCENT_32B = 0.02;
    /** KL-Cov coefficient ({@code ppo_kl_coef = 1}). */
    public static final double PAPER_KL_COEF = 1.0;
    /** Baseline PPO clip (0.2 / 0.2). */
    public static final double PAPER_EPS_LOW = 0.2;
    public static final double PAPER_EPS_HIGH = 0.2;
    /** DAPO clip-higher upper clip (0.28). */
    public static final double PAPER_CLIP_HIGHER_EPS_HIGH = 0.28;
    /** PPO clip of the Clip-Cov scripts ({@code clip_ratio_low = clip_ratio_high = 1}). */
    public static final double PAPER_CLIP_COV_EPS = 1.0;
    /** Responses per prompt in the scripts. */
    public static final int PAPER_GROUP_SIZE = 8;
    /** Optimiser updates per rollout batch in the scripts (256 prompts, mini-batches of 32). */
    public static final int PAPER_MINIBATCHES = 8;
    /** Learning rate of the 7B scripts (Adam on an LLM; not comparable with the toy's SGD rate). */
    public static final double PAPER_LR_7B = 5e-7;

    /** Toy default Clip-Cov ratio (spec: r = 0.2 with bounds (0.5, 5)). */
    public static final double DEFAULT_CLIP_COV_RATIO = 0.2;
    public static final double DEFAULT_CLIP_COV_LB = 0.5;
    public static final double DEFAULT_CLIP_COV_UB = 5.0;
    /** Toy default KL-Cov percentage (10 %) and coefficient (1). */
    public static final double DEFAULT_KL_K_PERCENT = 10.0;
    public static final double DEFAULT_KL_COEF = 1.0;
    /**
     * Toy default entropy-bonus coefficient: at 0.2 the bonus keeps about as much entropy as Clip-Cov's defaults
     * (seed 0, 1500 steps: H 0.32 vs 0.24 for vanilla, same held-out R); the paper's recipe uses no bonus.
     */
    public static final double DEFAULT_ENTROPY_COEF = 0.2;

    /** JSON keys, in {@link #toJson()} order. */
    public static final List<String> FIELDS = List.of("contexts", "answers", "teacher-hidden", "train-prompts",
            "test-prompts", "prompts-per-step", "group-size", "minibatches", "lr", "temperature", "mode",
            "clip-cov-ratio", "clip-cov-lb", "clip-cov-ub", "kl-k-percent", "kl-coef", "eps-low", "eps-high",
            "entropy-coef", "seed");

    public EntropyConfig {
        requireRange("contexts", contexts, 1, 4096);
        requireRange("answers", answers, 2, 4096);
        requireRange("teacher-hidden", teacherHidden, 1, 4096);
        requireRange("train-prompts", trainPrompts, 2, 1_000_000);
        if (trainPrompts <= contexts) {
            throw new ConfigException("train-prompts", "must exceed contexts (" + contexts
                    + ") for the least-squares initial policy, got " + trainPrompts);
        }
        requireRange("test-prompts", testPrompts, 1, 1_000_000);
        requireRange("prompts-per-step", promptsPerStep, 1, trainPrompts);
        requireRange("group-size", groupSize, 2, 4096);
        requireRange("minibatches", minibatches, 1, promptsPerStep);
        if (promptsPerStep % minibatches != 0) {
            throw new ConfigException("minibatches", "must divide prompts-per-step (" + promptsPerStep + "), got "
                    + minibatches);
        }
        requirePositive("lr", lr);
        requirePositive("temperature", temperature);
        if (mode == null) {
            throw new ConfigException("mode", "missing");
        }
        requireUnit("clip-cov-ratio", clipCovRatio);
        requireFinite("clip-cov-lb", clipCovLb);
        requireFinite("clip-cov-ub", clipCovUb);
        if (!(clipCovLb < clipCovUb)) {
            throw new ConfigException("clip-cov-ub", "must exceed clip-cov-lb (" + clipCovLb + "), got " + clipCovUb);
        }
        if (!(klKPercent > 0 && klKPercent <= 100)) {
            throw new ConfigException("kl-k-percent", "must be a percentage in (0, 100], got " + klKPercent);
        }
        requireNonNegative("kl-coef", klCoef);
        requireUnit("eps-low", epsLow);
        requireUnit("eps-high", epsHigh);
        requireNonNegative("entropy-coef", entropyCoef);
    }

    /** The spec's toy configuration for {@code mode} (seed 0), with that mode's default PPO clip. */
    public static EntropyConfig defaults(EntropyMode mode) {
        return new EntropyConfig(16, 10, 32, 512, 512, 64, 8, 4, 0.2, 1.0, mode, DEFAULT_CLIP_COV_RATIO,
                DEFAULT_CLIP_COV_LB, DEFAULT_CLIP_COV_UB, DEFAULT_KL_K_PERCENT, DEFAULT_KL_COEF, mode.defaultEpsLow(),
                mode.defaultEpsHigh(), DEFAULT_ENTROPY_COEF, 0);
    }

    /** This configuration with another seed. */
    public EntropyConfig withSeed(long newSeed) {
        return new EntropyConfig(contexts, answers, teacherHidden, trainPrompts, testPrompts, promptsPerStep,
                groupSize, minibatches, lr, temperature, mode, clipCovRatio, clipCovLb, clipCovUb, klKPercent, klCoef,
                epsLow, epsHigh, entropyCoef, newSeed);
    }

    /**
     * Reads a configuration; missing fields take the defaults of {@link #defaults(EntropyMode)} for the given
     * (or default vanilla) mode, so {@code eps-low}/{@code eps-high} default to the mode's clip.
     *
     * @throws ConfigException naming the field
     */
    public static EntropyConfig parse(JsonNode json) {
        ConfigFields f = new ConfigFields(json, FIELDS);
        EntropyMode mode = EntropyMode.parse(f.text("mode", EntropyMode.VANILLA.label()));
        EntropyConfig d = defaults(mode);
        return new EntropyConfig(f.integer("contexts", d.contexts), f.integer("answers", d.answers),
                f.integer("teacher-hidden", d.teacherHidden), f.integer("train-prompts", d.trainPrompts),
                f.integer("test-prompts", d.testPrompts), f.integer("prompts-per-step", d.promptsPerStep),
                f.integer("group-size", d.groupSize), f.integer("minibatches", d.minibatches),
                f.number("lr", d.lr), f.number("temperature", d.temperature), mode,
                f.number("clip-cov-ratio", d.clipCovRatio), f.number("clip-cov-lb", d.clipCovLb),
                f.number("clip-cov-ub", d.clipCovUb), f.number("kl-k-percent", d.klKPercent),
                f.number("kl-coef", d.klCoef), f.number("eps-low", d.epsLow), f.number("eps-high", d.epsHigh),
                f.number("entropy-coef", d.entropyCoef), f.longInteger("seed", d.seed));
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("contexts", contexts);
        o.put("answers", answers);
        o.put("teacher-hidden", teacherHidden);
        o.put("train-prompts", trainPrompts);
        o.put("test-prompts", testPrompts);
        o.put("prompts-per-step", promptsPerStep);
        o.put("group-size", groupSize);
        o.put("minibatches", minibatches);
        o.put("lr", lr);
        o.put("temperature", temperature);
        o.put("mode", mode.label());
        o.put("clip-cov-ratio", clipCovRatio);
        o.put("clip-cov-lb", clipCovLb);
        o.put("clip-cov-ub", clipCovUb);
        o.put("kl-k-percent", klKPercent);
        o.put("kl-coef", klCoef);
        o.put("eps-low", epsLow);
        o.put("eps-high", epsHigh);
        o.put("entropy-coef", entropyCoef);
        o.put("seed", seed);
        return o;
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigException(field, "must be between " + min + " and " + max + ", got " + value);
        }
    }

    private static void requireFinite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new ConfigException(field, "must be finite, got " + value);
        }
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new ConfigException(field, "must be a positive number, got " + value);
        }
    }

    private static void requireNonNegative(String field, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new ConfigException(field, "must be >= 0, got " + value);
        }
    }

    private static void requireUnit(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new ConfigException(field, "must be a ratio in [0, 1], got " + value);
        }
    }
}
