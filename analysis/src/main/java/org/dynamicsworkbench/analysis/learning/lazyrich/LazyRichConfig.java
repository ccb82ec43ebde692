package org.dynamicsworkbench.analysis.learning.lazyrich;

import org.dynamicsworkbench.analysis.learning.ConfigFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.ExperimentConfig;

/**
 * Hyperparameters of the lazy-to-rich polynomial regression (Kumar et al. 2024). The defaults are the spec's
 * CPU-cheap variant: D = 50, P = 300 training points, 1000 test points, N = 200, eps = 0.25, alpha = 4 and the
 * learning rate {@code eta = 10 N / alpha^2} on the uncentred loss. Immutable and validated on construction.
 *
 * @param dim         input dimension D
 * @param trainSize   number of training points P
 * @param testSize    number of test points, at least 2
 * @param width       number of hidden neurons N
 * @param epsilon     strength eps of the quadratic part of {@code phi(h) = h + (eps/2) h^2}, at least 0
 * @param alpha       output scale (laziness), positive
 * @param lrScale     c in the learning-rate rule {@code eta = c N / alpha^2}, positive
 * @param centredLoss whether the loss uses {@code f(theta) - f(theta_0)} instead of {@code f(theta)}
 * @param ntkPoints   number of test points (the first ones) on which the empirical NTK is computed, between 2
 *                    and min(2000, testSize)
 * @param seed        seed of the data, the teacher and the initialisation
 */
public record LazyRichConfig(int dim, int trainSize, int testSize, int width, double epsilon, double alpha,
                             double lrScale, boolean centredLoss, int ntkPoints, long seed)
        implements ExperimentConfig {

    /** The JSON field names, in the order {@link #toJson()} writes them. */
    public static final List<String> FIELDS = List.of("dim", "trainSize", "testSize", "width", "epsilon", "alpha",
            "lrScale", "centredLoss", "ntkPoints", "seed");

    /** Largest width x points product (the size of the hidden-activation work array). */
    static final long MAX_ACTIVATIONS = 20_000_000L;

    public LazyRichConfig {
        requireRange("dim", dim, 1, 1000);
        requireRange("trainSize", trainSize, 1, 100_000);
        requireRange("testSize", testSize, 2, 100_000);
        requireRange("width", width, 1, 100_000);
        if (!Double.isFinite(epsilon) || epsilon < 0) {
            throw new ConfigException("epsilon", "must be a finite number >= 0, got " + epsilon);
        }
        if (!Double.isFinite(alpha) || alpha <= 0) {
            throw new ConfigException("alpha", "must be a finite number > 0, got " + alpha);
        }
        if (!Double.isFinite(lrScale) || lrScale <= 0) {
            throw new ConfigException("lrScale", "must be a finite number > 0, got " + lrScale);
        }
        requireRange("ntkPoints", ntkPoints, 2, Math.min(2000, testSize));
        long activations = (long) width * Math.max(trainSize, testSize);
        if (activations > MAX_ACTIVATIONS) {
            throw new ConfigException("width", "width x max(trainSize, testSize) must be at most " + MAX_ACTIVATIONS
                    + ", got " + width + " x " + Math.max(trainSize, testSize) + " = " + activations);
        }
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigException(field, "must be an integer between " + min + " and " + max + ", got " + value);
        }
    }

    /** The spec's CPU-cheap variant with seed 0. */
    public static LazyRichConfig defaults() {
        return new LazyRichConfig(50, 300, 1000, 200, 0.25, 4.0, 10.0, false, 200, 0L);
    }

    /** The learning rate {@code eta = lrScale * width / alpha^2}. */
    public double learningRate() {
        return lrScale * width / (alpha * alpha);
    }

    public LazyRichConfig withAlpha(double newAlpha) {
        return new LazyRichConfig(dim, trainSize, testSize, width, epsilon, newAlpha, lrScale, centredLoss, ntkPoints,
                seed);
    }

    public LazyRichConfig withSizes(int newDim, int newTrainSize, int newTestSize, int newWidth, int newNtkPoints) {
        return new LazyRichConfig(newDim, newTrainSize, newTestSize, newWidth, epsilon, alpha, lrScale, centredLoss,
                newNtkPoints, seed);
    }

    public LazyRichConfig withCentredLoss(boolean centred) {
        return new LazyRichConfig(dim, trainSize, testSize, width, epsilon, alpha, lrScale, centred, ntkPoints, seed);
    }

    public LazyRichConfig withSeed(long newSeed) {
        return new LazyRichConfig(dim, trainSize, testSize, width, epsilon, alpha, lrScale, centredLoss, ntkPoints,
                newSeed);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("dim", dim);
        o.put("trainSize", trainSize);
        o.put("testSize", testSize);
        o.put("width", width);
        o.put("epsilon", epsilon);
        o.put("alpha", alpha);
        o.put("lrScale", lrScale);
        o.put("centredLoss", centredLoss);
        o.put("ntkPoints", ntkPoints);
        o.put("seed", seed);
        return o;
    }

    /**
     * Reads a configuration; fields left out take their {@link #defaults()} value, unknown fields are refused.
     *
     * @throws ConfigException naming the field and the problem
     */
    public static LazyRichConfig parse(JsonNode json) {
        ConfigFields f = new ConfigFields(json, FIELDS);
        LazyRichConfig d = defaults();
        return new LazyRichConfig(
                f.integer("dim", d.dim),
                f.integer("trainSize", d.trainSize),
                f.integer("testSize", d.testSize),
                f.integer("width", d.width),
                f.number("epsilon", d.epsilon),
                f.number("alpha", d.alpha),
                f.number("lrScale", d.lrScale),
                f.bool("centredLoss", d.centredLoss),
                f.integer("ntkPoints", Math.min(d.ntkPoints, f.integer("testSize", d.testSize))),
                f.longInteger("seed", d.seed));
    }
}
