package org.dynamicsworkbench.plugins.alrnn;

import java.util.Objects;

/**
 * The AL-RNN tool's saved state: the run folder it reads (as written in the session: relative to the session's
 * folder, or absolute; null before any run), the setup for the next training run, and the length of the free run
 * it reads the model along.
 */
public record AlRnnState(String run, TrainingSetup setup, int freeRunSteps) {
    /** Free-run steps when none are given: long enough to visit every region of the shipped Lorenz model. */
    public static final int DEFAULT_FREE_RUN_STEPS = 20_000;
    public static final int MIN_FREE_RUN_STEPS = 100;
    public static final int MAX_FREE_RUN_STEPS = 1_000_000;

    public AlRnnState {
        Objects.requireNonNull(setup, "setup");
        if (run != null && run.isBlank()) {
            throw new IllegalArgumentException("run: must not be empty (leave it out for no run)");
        }
        if (freeRunSteps < MIN_FREE_RUN_STEPS || freeRunSteps > MAX_FREE_RUN_STEPS) {
            throw new IllegalArgumentException("freeRunSteps: must be in [" + MIN_FREE_RUN_STEPS + ", "
                    + MAX_FREE_RUN_STEPS + "], got " + freeRunSteps);
        }
    }

    public static AlRnnState defaults() {
        return new AlRnnState(null, TrainingSetup.defaults(), DEFAULT_FREE_RUN_STEPS);
    }

    public AlRnnState withRun(String newRun) {
        return new AlRnnState(newRun, setup, freeRunSteps);
    }

    public AlRnnState withSetup(TrainingSetup newSetup) {
        return new AlRnnState(run, newSetup, freeRunSteps);
    }
}
