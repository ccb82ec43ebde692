package org.dynamicsworkbench.analysis.learning;

/**
 * A training run in memory, advanced one optimiser step at a time. Implementations are seeded end to end
 * (data split, initialisation, sampling) from their configuration, and {@link #checkpoint()} captures
 * everything needed to continue bit for bit: a run restored from a checkpoint taken at step s produces the
 * same scalars and checkpoints after s as the run that never stopped. Not thread-safe.
 */
public interface Experiment {

    /**
     * The compute backend doing the arithmetic, as shown in the status bar and stored in {@code run.json}:
     * {@code java}, {@code nd4j-cpu} or {@code nd4j-cuda}.
     */
    default String backend() {
        return "java";
    }

    /** Optimiser steps taken so far (0 before the first {@link #advance()}). */
    long step();

    /**
     * Takes one optimiser step.
     *
     * @throws DivergedException when the loss or a parameter becomes non-finite; the experiment is then
     *                           unusable and its last checkpoint is the last good state
     */
    void advance();

    /** Cheap scalars at the current step (logged often), in a stable order; names are snake_case. */
    void cheapScalars(ScalarSink out);

    /**
     * Expensive scalars at the current step (O(n^2) kernels, SVDs), logged less often; names distinct from
     * the cheap ones. The default logs nothing.
     */
    default void fullScalars(ScalarSink out) {
    }

    /**
     * The state at the current step: parameters, optimiser moments and random-source state (enough to
     * resume), plus derived tensors the views show at this step (e.g. a test-correctness grid).
     */
    Checkpoint checkpoint();
}
