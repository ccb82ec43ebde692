package org.dynamicsworkbench.analysis.learning.entropy;

import java.util.Locale;
import org.dynamicsworkbench.analysis.learning.ConfigException;

/**
 * How the per-token policy loss is shaped (Cui et al. 2025, {@code verl/trainer/ppo/core_algos.py}).
 * <ul>
 * <li>{@link #VANILLA}: PPO clipped surrogate, clip (eps_low, eps_high) = (0.2, 0.2).</li>
 * <li>{@link #CLIP_COV}: PPO surrogate (the paper's scripts open the clamp to [0, 2]); a random
 * {@code max(int(r N), 1)} of the tokens with {@code lb < cov < ub} lose their gradient.</li>
 * <li>{@link #KL_COV}: unclipped surrogate {@code -A ratio}; the top {@code k %} tokens by covariance get
 * {@code + beta |logp - logp_old|}.</li>
 * <li>{@link #ENTROPY_BONUS}: PPO surrogate minus {@code coef * H(pi(.|x))} per token.</li>
 * <li>{@link #CLIP_HIGHER}: PPO surrogate with the asymmetric clip (0.2, 0.28) of DAPO.</li>
 * </ul>
 */
public enum EntropyMode {
    VANILLA("vanilla"), CLIP_COV("clip-cov"), KL_COV("kl-cov"), ENTROPY_BONUS("entropy-bonus"),
    CLIP_HIGHER("clip-higher");

    private final String label;

    EntropyMode(String label) {
        this.label = label;
    }

    /** The name used in configurations and on the command line, e.g. {@code clip-cov}. */
    public String label() {
        return label;
    }

    /** Parses a label. @throws ConfigException for field {@code mode}, listing the known modes */
    public static EntropyMode parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (EntropyMode m : values()) {
            if (m.label.equals(t)) {
                return m;
            }
        }
        throw new ConfigException("mode", "unknown mode '" + text
                + "' (known: vanilla, clip-cov, kl-cov, entropy-bonus, clip-higher)");
    }

    /** Whether the PPO clamp of the ratio applies (every mode except KL-Cov, whose loss is unclipped). */
    boolean usesPpoClip() {
        return this != KL_COV;
    }

    /** The default lower clip of the ratio. */
    double defaultEpsLow() {
        return this == CLIP_COV ? 1.0 : 0.2;
    }

    /** The default upper clip of the ratio. */
    double defaultEpsHigh() {
        return switch (this) {
            case CLIP_COV -> 1.0;
            case CLIP_HIGHER -> 0.28;
            default -> 0.2;
        };
    }
}
