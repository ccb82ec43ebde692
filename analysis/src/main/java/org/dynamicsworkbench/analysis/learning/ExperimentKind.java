package org.dynamicsworkbench.analysis.learning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;

/**
 * One kind of experiment (grokking, entropy collapse, ...): reads its configuration and builds or restores
 * experiments. Stateless; one instance per kind.
 *
 * @param <C> the configuration type
 */
public interface ExperimentKind<C extends ExperimentConfig> {

    /** The kind's name as stored in {@code run.json} and typed on the command line, e.g. {@code grokking}. */
    String name();

    /** One line for users, e.g. "modular addition, quadratic MLP, AdamW (grokking)". */
    String description();

    /**
     * Reads a configuration written by {@link ExperimentConfig#toJson()} (or typed by a user), validating
     * every field; unknown fields are refused.
     *
     * @throws ConfigException naming the field and the problem
     */
    C parseConfig(JsonNode json);

    /**
     * Named starting configurations as typed on the command line ({@code --preset primary}), the default one
     * first. A kind without presets returns an empty map and must accept {@code parseConfig({})} as its
     * default configuration.
     */
    default java.util.Map<String, C> presets() {
        return java.util.Map.of();
    }

    /** The preset's recommended length, or the default plan's. */
    default RunPlan presetPlan(String preset, C config) {
        return defaultPlan(config);
    }

    /** How long to train, how often to log and where to checkpoint, unless the user says otherwise. */
    RunPlan defaultPlan(C config);

    /** A fresh experiment at step 0. */
    Experiment create(C config);

    /**
     * An experiment continuing from {@code checkpoint}, which was taken from an experiment of this kind and
     * configuration.
     *
     * @throws IllegalArgumentException when the checkpoint lacks an entry or has the wrong shape (named)
     */
    Experiment restore(C config, Checkpoint checkpoint);

    /**
     * The headline results of a run read from its logged scalars (e.g. grokking's t_mem and t_gen, an
     * exponential fit's a, b and ceiling), for {@code analyze RUN --json} and the tools' summaries. Fields
     * that are not reached (a run that never generalised) are JSON null, never invented.
     */
    ObjectNode summarize(C config, RunHistory history);
}
