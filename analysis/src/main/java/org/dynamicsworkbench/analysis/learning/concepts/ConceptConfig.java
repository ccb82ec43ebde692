package org.dynamicsworkbench.analysis.learning.concepts;

import org.dynamicsworkbench.analysis.learning.ConfigFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.ExperimentConfig;

/**
 * Hyperparameters of the 2x2 vector concept task (spec section 3.4 (A)): data {@code x = (z1, z2, nu)} with
 * {@code z_i = c_i sep_i + N(0, s_i^2)} for the corner {@code (c1, c2)} of the class and a nuisance
 * {@code nu = +-1 + N(0, nuisance^2)}; classes (0,0), (0,1), (1,0) are trained and (1,1) is held out. A conditional
 * DDPM (linear beta schedule, epsilon prediction) with an MLP denoiser learns it under AdamW. JSON keys are
 * kebab-case.
 *
 * @param sep1           separation of concept 1 (its concept signal), &gt; 0
 * @param sep2           separation of concept 2, &gt; 0
 * @param s1             within-class std of concept 1, &gt;= 0
 * @param s2             within-class std of concept 2, &gt;= 0
 * @param nuisance       std of the nuisance coordinate around +-1, &gt;= 0
 * @param timesteps      diffusion steps T
 * @param betaStart      first beta of the linear schedule
 * @param betaEnd        last beta, in (betaStart, 1)
 * @param hidden1        width of the denoiser's first hidden layer
 * @param hidden2        width of the second hidden layer
 * @param lr             AdamW learning rate
 * @param weightDecay    AdamW decoupled weight decay
 * @param batch          training batch size
 * @param conditioning   one-hot ("classy") or continuous prompts
 * @param overpromptScale factor applied to the held-out prompt for over-prompting, &gt; 0
 * @param evalSamples    generated samples per prompt at each evaluation
 * @param seed           seed of the initialisation, the training batches and (with the step) the evaluations
 */
public record ConceptConfig(double sep1, double sep2, double s1, double s2, double nuisance, int timesteps,
        double betaStart, double betaEnd, int hidden1, int hidden2, double lr, double weightDecay, int batch,
        Conditioning conditioning, double overpromptScale, int evalSamples, long seed) implements ExperimentConfig {

    /** JSON keys, in {@link #toJson()} order. */
    public static final List<String> FIELDS = List.of("sep1", "sep2", "s1", "s2", "nuisance", "timesteps",
            "beta-start", "beta-end", "hidden1", "hidden2", "lr", "weight-decay", "batch", "conditioning",
            "overprompt-scale", "eval-samples", "seed");

    public ConceptConfig {
        positive("sep1", sep1, "a separation of 0 leaves the concept undefined");
        positive("sep2", sep2, "a separation of 0 leaves the concept undefined");
        nonNegative("s1", s1);
        nonNegative("s2", s2);
        nonNegative("nuisance", nuisance);
        range("timesteps", timesteps, 2, 10_000);
        if (!(betaStart > 0 && betaStart < 1)) {
            throw new ConfigException("beta-start", "must be in (0, 1), got " + betaStart);
        }
        if (!(betaEnd > betaStart && betaEnd < 1)) {
            throw new ConfigException("beta-end", "must be in (beta-start, 1) = (" + betaStart + ", 1), got " + betaEnd);
        }
        range("hidden1", hidden1, 1, 4096);
        range("hidden2", hidden2, 1, 4096);
        positive("lr", lr, null);
        nonNegative("weight-decay", weightDecay);
        range("batch", batch, 1, 65_536);
        if (conditioning == null) {
            throw new ConfigException("conditioning", "missing");
        }
        positive("overprompt-scale", overpromptScale, null);
        range("eval-samples", evalSamples, 1, 1_000_000);
    }

    /** The spec's recommended setting: separations (1.0, 0.25), s = 0.05, classy conditioning, seed 0. */
    public static ConceptConfig defaults() {
        return new ConceptConfig(1.0, 0.25, 0.05, 0.05, 0.1, 100, 1e-4, 0.02, 256, 256, 1e-3, 0.01, 128,
                Conditioning.CLASSY, 2.0, 256, 0);
    }

    /** This configuration with another seed. */
    public ConceptConfig withSeed(long newSeed) {
        return new ConceptConfig(sep1, sep2, s1, s2, nuisance, timesteps, betaStart, betaEnd, hidden1, hidden2, lr,
                weightDecay, batch, conditioning, overpromptScale, evalSamples, newSeed);
    }

    /** This configuration with another number of evaluation samples per prompt. */
    public ConceptConfig withEvalSamples(int samples) {
        return new ConceptConfig(sep1, sep2, s1, s2, nuisance, timesteps, betaStart, betaEnd, hidden1, hidden2, lr,
                weightDecay, batch, conditioning, overpromptScale, samples, seed);
    }

    /** The separation of concept {@code i} (1 or 2). */
    public double separation(int concept) {
        return concept == 1 ? sep1 : sep2;
    }

    /**
     * Reads a configuration; missing fields take {@link #defaults()}.
     *
     * @throws ConfigException naming the field
     */
    public static ConceptConfig parse(JsonNode json) {
        ConfigFields f = new ConfigFields(json, FIELDS);
        ConceptConfig d = defaults();
        return new ConceptConfig(f.number("sep1", d.sep1), f.number("sep2", d.sep2), f.number("s1", d.s1),
                f.number("s2", d.s2), f.number("nuisance", d.nuisance), f.integer("timesteps", d.timesteps),
                f.number("beta-start", d.betaStart), f.number("beta-end", d.betaEnd), f.integer("hidden1", d.hidden1),
                f.integer("hidden2", d.hidden2), f.number("lr", d.lr), f.number("weight-decay", d.weightDecay),
                f.integer("batch", d.batch), Conditioning.parse(f.text("conditioning", d.conditioning.label())),
                f.number("overprompt-scale", d.overpromptScale), f.integer("eval-samples", d.evalSamples),
                f.longInteger("seed", d.seed));
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("sep1", sep1);
        o.put("sep2", sep2);
        o.put("s1", s1);
        o.put("s2", s2);
        o.put("nuisance", nuisance);
        o.put("timesteps", timesteps);
        o.put("beta-start", betaStart);
        o.put("beta-end", betaEnd);
        o.put("hidden1", hidden1);
        o.put("hidden2", hidden2);
        o.put("lr", lr);
        o.put("weight-decay", weightDecay);
        o.put("batch", batch);
        o.put("conditioning", conditioning.label());
        o.put("overprompt-scale", overpromptScale);
        o.put("eval-samples", evalSamples);
        o.put("seed", seed);
        return o;
    }

    private static void positive(String field, double v, String why) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new ConfigException(field, "must be a positive number" + (why == null ? "" : " (" + why + ")")
                    + ", got " + v);
        }
    }

    private static void nonNegative(String field, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new ConfigException(field, "must be >= 0, got " + v);
        }
    }

    private static void range(String field, int v, int min, int max) {
        if (v < min || v > max) {
            throw new ConfigException(field, "must be between " + min + " and " + max + ", got " + v);
        }
    }
}
