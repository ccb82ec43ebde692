package org.dynamicsworkbench.analysis.learning;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The complete, validated hyperparameters of one experiment run (immutable). {@link #toJson()} written to
 * {@code run.json} and read back by the kind's {@link ExperimentKind#parseConfig} gives an equal configuration.
 */
public interface ExperimentConfig {

    /** The seed every random choice of the run derives from. */
    long seed();

    /** All fields, including the seed, as a JSON object of numbers, strings and booleans. */
    ObjectNode toJson();
}
