package org.dynamicsworkbench.analysis.learning.grokking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.ExperimentConfig;

/**
 * Hyperparameters of one grokking run (spec section 1.2). Validated on construction; {@link #toJson()} and
 * {@link #fromJson(JsonNode)} round-trip exactly.
 *
 * @param p              the modulus, 2..{@value #MAX_P}
 * @param width          hidden width N, at least 1
 * @param frac           train fraction in (0, 1), leaving at least one train and one test pair
 * @param lr             AdamW learning rate, positive
 * @param wd             decoupled weight decay, at least 0
 * @param beta1          first-moment decay in [0, 1)
 * @param beta2          second-moment decay in [0, 1)
 * @param eps            AdamW epsilon, positive
 * @param seed           seeds the split and the initialisation
 * @param backend        where the arithmetic runs
 * @param keyFrequencies the key frequencies of Nanda et al.'s restricted and excluded loss, sorted, distinct,
 *                       at most {@value #MAX_KEY_FREQUENCIES}, each in 1..p/2; empty turns those losses off
 */
public record GrokkingConfig(int p, int width, double frac, double lr, double wd, double beta1, double beta2,
                             double eps, long seed, Backend backend, List<Integer> keyFrequencies)
        implements ExperimentConfig {

    /** Largest modulus accepted (the all-pairs evaluation holds p^2 x width floats). */
    public static final int MAX_P = 512;
    /** Largest p^2 * width accepted (about 400 MB of float activations over all pairs). */
    public static final long MAX_PAIRS_TIMES_WIDTH = 100_000_000L;
    public static final int MAX_KEY_FREQUENCIES = 5;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.98;
    public static final double DEFAULT_EPS = 1e-8;

    private static final Set<String> FIELDS = Set.of("p", "width", "frac", "lr", "wd", "beta1", "beta2", "eps",
            "seed", "backend", "key_frequencies");

    /** Where the arithmetic runs: plain Java, ND4J, or chosen by problem size. */
    public enum Backend {
        /** ND4J when n * N * p is at least {@link GrokkingEngines#ND4J_THRESHOLD}, Java otherwise. */
        AUTO,
        JAVA,
        ND4J;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses auto, java or nd4j (any case). */
        public static Backend parse(String text) {
            for (Backend b : values()) {
                if (b.label().equalsIgnoreCase(text.trim())) {
                    return b;
                }
            }
            throw new ConfigException("backend", "must be auto, java or nd4j, got '" + text + "'");
        }
    }

    public GrokkingConfig {
        if (p < 2 || p > MAX_P) {
            throw new ConfigException("p", "must be between 2 and " + MAX_P + ", got " + p);
        }
        if (width < 1) {
            throw new ConfigException("width", "must be at least 1, got " + width);
        }
        if ((long) p * p * width > MAX_PAIRS_TIMES_WIDTH) {
            throw new ConfigException("width", "p^2 * width must be at most " + MAX_PAIRS_TIMES_WIDTH + ", got "
                    + (long) p * p * width);
        }
        if (!(frac > 0 && frac < 1)) {
            throw new ConfigException("frac", "must be in (0, 1), got " + frac);
        }
        long train = trainCount(p, frac);
        if (train < 1 || train > (long) p * p - 1) {
            throw new ConfigException("frac", "must leave at least one train and one test pair of the " + p * p
                    + ", got " + train + " train pairs");
        }
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new ConfigException("lr", "must be a positive number, got " + lr);
        }
        if (!(wd >= 0) || Double.isInfinite(wd)) {
            throw new ConfigException("wd", "must be a number >= 0, got " + wd);
        }
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new ConfigException("beta1", "must be in [0, 1), got " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new ConfigException("beta2", "must be in [0, 1), got " + beta2);
        }
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new ConfigException("eps", "must be a positive number, got " + eps);
        }
        if (backend == null) {
            throw new ConfigException("backend", "missing");
        }
        if (keyFrequencies == null) {
            throw new ConfigException("key_frequencies", "missing (use an empty list)");
        }
        if (keyFrequencies.size() > MAX_KEY_FREQUENCIES) {
            throw new ConfigException("key_frequencies", "at most " + MAX_KEY_FREQUENCIES + " frequencies, got "
                    + keyFrequencies.size());
        }
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer k : keyFrequencies) {
            if (k == null || k < 1 || k > p / 2) {
                throw new ConfigException("key_frequencies", "each must be in 1.." + p / 2 + " for p = " + p
                        + ", got " + k);
            }
            if (!sorted.add(k)) {
                throw new ConfigException("key_frequencies", "frequency " + k + " is listed twice");
            }
        }
        keyFrequencies = List.copyOf(sorted);
    }

    /** The configuration with AdamW's defaults (0.9, 0.98, 1e-8), backend auto and no key frequencies. */
    public static GrokkingConfig of(int p, int width, double frac, double lr, double wd, long seed) {
        return new GrokkingConfig(p, width, frac, lr, wd, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS, seed,
                Backend.AUTO, List.of());
    }

    /** floor(frac * p^2), the number of train pairs. */
    public static long trainCount(int p, double frac) {
        return (long) Math.floor(frac * p * p);
    }

    /** The number of train pairs, floor(frac * p^2). */
    public int trainPairs() {
        return (int) trainCount(p, frac);
    }

    public GrokkingConfig withBackend(Backend newBackend) {
        return new GrokkingConfig(p, width, frac, lr, wd, beta1, beta2, eps, seed, newBackend, keyFrequencies);
    }

    public GrokkingConfig withSeed(long newSeed) {
        return new GrokkingConfig(p, width, frac, lr, wd, beta1, beta2, eps, newSeed, backend, keyFrequencies);
    }

    public GrokkingConfig withKeyFrequencies(List<Integer> frequencies) {
        return new GrokkingConfig(p, width, frac, lr, wd, beta1, beta2, eps, seed, backend, frequencies);
    }

    @Override
    public ObjectNode toJson() {
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
        o.put("backend", backend.label());
        ArrayNode keys = o.putArray("key_frequencies");
        keyFrequencies.forEach(keys::add);
        return o;
    }

    /**
     * Reads a configuration: p, width, frac, lr, wd and seed are required; beta1, beta2, eps default to 0.9,
     * 0.98, 1e-8, backend to auto and key_frequencies to none. Unknown fields are refused.
     *
     * @throws ConfigException naming the field
     */
    public static GrokkingConfig fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new ConfigException("config", "must be a JSON object");
        }
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new ConfigException(name, "unknown field (known: p, width, frac, lr, wd, beta1, beta2, eps,"
                        + " seed, backend, key_frequencies)");
            }
        }
        int p = integer(json, "p");
        int width = integer(json, "width");
        double frac = number(json, "frac", Double.NaN);
        double lr = number(json, "lr", Double.NaN);
        double wd = number(json, "wd", Double.NaN);
        double beta1 = number(json, "beta1", DEFAULT_BETA1);
        double beta2 = number(json, "beta2", DEFAULT_BETA2);
        double eps = number(json, "eps", DEFAULT_EPS);
        JsonNode seedNode = required(json, "seed");
        if (!seedNode.isIntegralNumber() || !seedNode.canConvertToLong()) {
            throw new ConfigException("seed", "must be an integer, got " + seedNode);
        }
        Backend backend = Backend.AUTO;
        JsonNode b = json.get("backend");
        if (b != null) {
            if (!b.isTextual()) {
                throw new ConfigException("backend", "must be a string (auto, java or nd4j), got " + b);
            }
            backend = Backend.parse(b.asText());
        }
        List<Integer> keys = new ArrayList<>();
        JsonNode k = json.get("key_frequencies");
        if (k != null) {
            if (!k.isArray()) {
                throw new ConfigException("key_frequencies", "must be an array of integers, got " + k);
            }
            for (JsonNode e : k) {
                if (!e.isIntegralNumber() || !e.canConvertToInt()) {
                    throw new ConfigException("key_frequencies", "must be an array of integers, got " + e);
                }
                keys.add(e.intValue());
            }
        }
        return new GrokkingConfig(p, width, frac, lr, wd, beta1, beta2, eps, seedNode.longValue(), backend, keys);
    }

    private static JsonNode required(JsonNode json, String field) {
        JsonNode n = json.get(field);
        if (n == null || n.isNull()) {
            throw new ConfigException(field, "missing");
        }
        return n;
    }

    private static int integer(JsonNode json, String field) {
        JsonNode n = required(json, field);
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new ConfigException(field, "must be an integer, got " + n);
        }
        return n.intValue();
    }

    private static double number(JsonNode json, String field, double fallback) {
        JsonNode n = json.get(field);
        if (n == null || n.isNull()) {
            if (Double.isNaN(fallback)) {
                throw new ConfigException(field, "missing");
            }
            return fallback;
        }
        if (!n.isNumber()) {
            throw new ConfigException(field, "must be a number, got " + n);
        }
        return n.doubleValue();
    }
}
