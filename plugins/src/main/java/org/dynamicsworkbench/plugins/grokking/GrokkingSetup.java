package org.dynamicsworkbench.plugins.grokking;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The hyperparameters of the next grokking run, as the form edits them: modulus p, hidden width N, training
 * fraction, AdamW's learning rate, weight decay, betas and eps, the number of steps and the seed. The presets are the
 * spec's CPU reproductions (section 1.2); {@link #paperValue(String)} gives what the papers used, shown beside each
 * field. Validated on construction with messages naming the field.
 */
public record GrokkingSetup(String preset, int p, int width, double frac, double lr, double wd, double beta1,
                            double beta2, double eps, long steps, long seed, List<Integer> keyFrequencies) {
    /** The preset names, in menu order; "custom" once a value differs from every preset. */
    public static final List<String> PRESETS = List.of("primary", "fast", "large", "no-wd");
    public static final String CUSTOM = "custom";
    public static final long MAX_STEPS = 10_000_000L;
    /** Nanda et al. use about five key frequencies; more leaks memorised labels into the restricted loss. */
    public static final int MAX_KEY_FREQUENCIES = 5;

    public GrokkingSetup {
        if (preset == null || !(PRESETS.contains(preset) || CUSTOM.equals(preset))) {
            throw new IllegalArgumentException("preset: unknown preset '" + preset + "' (known: "
                    + String.join(", ", PRESETS) + ", custom)");
        }
        if (p < 2 || p > 512) {
            throw new IllegalArgumentException("p: must be an integer in [2, 512], got " + p);
        }
        if (width < 1 || width > 100_000) {
            throw new IllegalArgumentException("width: must be an integer in [1, 100000], got " + width);
        }
        if (!(frac > 0 && frac < 1)) {
            throw new IllegalArgumentException("frac: the training fraction must be in (0, 1), got " + frac);
        }
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new IllegalArgumentException("lr: must be a positive number, got " + lr);
        }
        if (!(wd >= 0) || !Double.isFinite(wd)) {
            throw new IllegalArgumentException("wd: must be a number >= 0, got " + wd);
        }
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta1, beta2: must be in [0, 1), got " + beta1 + ", " + beta2);
        }
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("eps: must be a positive number, got " + eps);
        }
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps: must be in [1, " + MAX_STEPS + "], got " + steps);
        }
        keyFrequencies = List.copyOf(keyFrequencies);
        if (keyFrequencies.size() > MAX_KEY_FREQUENCIES) {
            throw new IllegalArgumentException("keyFrequencies: at most " + MAX_KEY_FREQUENCIES + ", got "
                    + keyFrequencies.size());
        }
        for (int k : keyFrequencies) {
            if (k < 1 || k > p / 2) {
                throw new IllegalArgumentException("keyFrequencies: each must be in [1, " + p / 2 + "] for p = " + p
                        + ", got " + k);
            }
        }
        if (keyFrequencies.stream().distinct().count() != keyFrequencies.size()) {
            throw new IllegalArgumentException("keyFrequencies: a frequency is listed twice: " + keyFrequencies);
        }
    }

    /** A setup without key frequencies (Nanda et al.'s restricted/excluded loss off). */
    public GrokkingSetup(String preset, int p, int width, double frac, double lr, double wd, double beta1,
                         double beta2, double eps, long steps, long seed) {
        this(preset, p, width, frac, lr, wd, beta1, beta2, eps, steps, seed, List.of());
    }

    /** This setup with Nanda et al.'s key frequencies (empty: their restricted/excluded loss is not logged). */
    public GrokkingSetup withKeyFrequencies(List<Integer> frequencies) {
        return new GrokkingSetup(preset, p, width, frac, lr, wd, beta1, beta2, eps, steps, seed, frequencies);
    }

    /**
     * The preset called {@code name}: primary (p 31, N 256, frac 0.4, lr 3e-3, wd 1; t_gen about 2400), fast (lr
     * 1e-2: t_gen about 700), large (p 97, N 500, frac 0.2, lr 1e-2: t_gen about 1475) and no-wd (wd 0: never
     * generalises in 4000 steps), seed 0.
     */
    public static GrokkingSetup preset(String name) {
        return switch (name) {
            case "primary" -> new GrokkingSetup(name, 31, 256, 0.4, 3e-3, 1.0, 0.9, 0.98, 1e-8, 5000, 0);
            case "fast" -> new GrokkingSetup(name, 31, 256, 0.4, 1e-2, 1.0, 0.9, 0.98, 1e-8, 2000, 0);
            case "large" -> new GrokkingSetup(name, 97, 500, 0.2, 1e-2, 1.0, 0.9, 0.98, 1e-8, 2000, 0);
            case "no-wd" -> new GrokkingSetup(name, 31, 256, 0.4, 1e-2, 0.0, 0.9, 0.98, 1e-8, 4000, 0);
            default -> throw new IllegalArgumentException("preset: unknown preset '" + name + "' (known: "
                    + String.join(", ", PRESETS) + ")");
        };
    }

    public static GrokkingSetup defaults() {
        return preset("primary");
    }

    /**
     * The experiment configuration ("grokking" kind's JSON: p, width, frac, lr, wd, beta1, beta2, eps, seed, and
     * key_frequencies when there are any).
     */
    public ObjectNode toConfig() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("p", p);
        o.put("width", width);
        o.put("frac", frac);
        o.put("lr", lr);
        o.put("wd", wd);
        o.put("beta1", beta1);
        o.put("beta2", beta2);
        o.put("eps", eps);
        o.put("seed", seed);
        if (!keyFrequencies.isEmpty()) {
            keyFrequencies.forEach(o.putArray("key_frequencies")::add);
        }
        return o;
    }

    /** This setup named after the preset it equals, or "custom". */
    public GrokkingSetup named() {
        for (String name : PRESETS) {
            GrokkingSetup candidate = preset(name).withSeed(seed);
            if (candidate.sameValues(this)) {
                return new GrokkingSetup(name, p, width, frac, lr, wd, beta1, beta2, eps, steps, seed, keyFrequencies);
            }
        }
        return new GrokkingSetup(CUSTOM, p, width, frac, lr, wd, beta1, beta2, eps, steps, seed, keyFrequencies);
    }

    public GrokkingSetup withSeed(long newSeed) {
        return new GrokkingSetup(preset, p, width, frac, lr, wd, beta1, beta2, eps, steps, newSeed, keyFrequencies);
    }

    private boolean sameValues(GrokkingSetup o) {
        return p == o.p && width == o.width && frac == o.frac && lr == o.lr && wd == o.wd && beta1 == o.beta1
                && beta2 == o.beta2 && eps == o.eps && steps == o.steps;
    }

    /** A short description for run folder names and messages, e.g. "p=31 N=256 frac=0.4 lr=0.003 wd=1". */
    public String summary() {
        return String.format(Locale.ROOT, "p=%d N=%d frac=%s lr=%s wd=%s", p, width, num(frac), num(lr), num(wd));
    }

    /**
     * What the papers used for {@code field} (section 1.1 of the spec), or "" when they say nothing: Nanda et al.
     * 2023 (transformer, p 113, frac 0.3, lr 1e-3, wd 1, betas 0.9/0.98) and Gromov 2023 / Doshi et al. 2023 (this
     * MLP: p 97, N 500, lr 1e-2, wd 0-20).
     */
    public static String paperValue(String field) {
        return switch (field) {
            case "p" -> "paper: 113 (Nanda), 97 (Gromov)";
            case "width" -> "paper: 500 (Gromov MLP)";
            case "frac" -> "paper: 0.3 (Nanda), 0.1-0.9 (Doshi)";
            case "lr" -> "paper: 1e-3 (Nanda), 1e-2 (Gromov)";
            case "wd" -> "paper: 1 (Nanda), 0-20 (Doshi)";
            case "beta1" -> "paper: 0.9";
            case "beta2" -> "paper: 0.98";
            case "eps" -> "paper: 1e-8";
            case "steps" -> "paper: 50000 epochs (Nanda), 2000 (Gromov)";
            case "keyFrequencies" -> "paper: 14, 35, 41, 42, 52 (Nanda, p 113)";
            default -> "";
        };
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
