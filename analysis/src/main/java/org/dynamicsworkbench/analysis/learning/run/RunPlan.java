package org.dynamicsworkbench.analysis.learning.run;

import org.dynamicsworkbench.analysis.learning.ConfigException;

/**
 * How long a run trains and what it records: cheap scalars every {@code cheapEvery} steps, expensive ones
 * every {@code fullEvery} steps (a multiple of cheapEvery), checkpoints on {@code checkpoints}' steps. Step 0
 * and the last step are always logged in full.
 *
 * @param steps       total optimiser steps, at least 1
 * @param cheapEvery  interval of the cheap scalars, at least 1
 * @param fullEvery   interval of the expensive scalars, a multiple of cheapEvery
 * @param checkpoints where checkpoints are written
 */
public record RunPlan(long steps, int cheapEvery, int fullEvery, CheckpointSchedule checkpoints) {

    /** Refuses runs longer than this (a typo guard, not a technical limit). */
    public static final long MAX_STEPS = 100_000_000L;

    public RunPlan {
        if (steps < 1 || steps > MAX_STEPS) {
            throw new ConfigException("steps", "must be between 1 and " + MAX_STEPS + ", got " + steps);
        }
        if (cheapEvery < 1) {
            throw new ConfigException("log-every", "must be at least 1, got " + cheapEvery);
        }
        if (fullEvery < cheapEvery || fullEvery % cheapEvery != 0) {
            throw new ConfigException("full-log-every", "must be a multiple of log-every (" + cheapEvery
                    + "), got " + fullEvery);
        }
        if (checkpoints == null) {
            throw new ConfigException("checkpoints", "missing");
        }
    }

    /** The same plan with another length. */
    public RunPlan withSteps(long newSteps) {
        return new RunPlan(newSteps, cheapEvery, fullEvery, checkpoints);
    }

    /** Whether the cheap scalars are logged at {@code step}. */
    public boolean logsCheap(long step) {
        return step % cheapEvery == 0 || step == steps;
    }

    /** Whether the expensive scalars are logged at {@code step}. */
    public boolean logsFull(long step) {
        return step % fullEvery == 0 || step == steps;
    }
}
