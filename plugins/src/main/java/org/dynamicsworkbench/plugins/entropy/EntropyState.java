package org.dynamicsworkbench.plugins.entropy;

import java.util.List;
import java.util.Objects;
import org.dynamicsworkbench.analysis.learning.run.Smoothing;

/**
 * The Entropy-collapse tool's saved state: the runs shown (folders as written in the session: relative to its
 * folder, or absolute; the first is the primary run whose fit numbers head the figures, the others are overlaid),
 * the current step (-1: the primary run's last), the smoothing weight of the curves, and the setup of the next run.
 */
public record EntropyState(List<String> runs, long step, double smoothing, EntropySetup setup) {
    public static final double DEFAULT_SMOOTHING = 0.6;
    /** At most this many runs are overlaid (colours stay apart; one per mode). */
    public static final int MAX_RUNS = 5;

    public EntropyState {
        Objects.requireNonNull(setup, "setup");
        runs = List.copyOf(runs);
        if (runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("runs: at most " + MAX_RUNS + " runs, got " + runs.size());
        }
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).isBlank()) {
                throw new IllegalArgumentException("runs[" + i + "]: must not be empty");
            }
        }
        if (step < -1) {
            throw new IllegalArgumentException("step: must be a step >= 0, or -1 for the last, got " + step);
        }
        if (!(smoothing >= 0 && smoothing <= Smoothing.MAX_WEIGHT)) {
            throw new IllegalArgumentException("smoothing: must be in [0, " + Smoothing.MAX_WEIGHT + "], got "
                    + smoothing);
        }
    }

    public static EntropyState defaults() {
        return new EntropyState(List.of(), -1, DEFAULT_SMOOTHING, EntropySetup.defaults());
    }

    public EntropyState withRuns(List<String> newRuns) {
        return new EntropyState(newRuns, step, smoothing, setup);
    }

    public EntropyState withStep(long newStep) {
        return new EntropyState(runs, newStep, smoothing, setup);
    }

    public EntropyState withSmoothing(double newSmoothing) {
        return new EntropyState(runs, step, newSmoothing, setup);
    }

    public EntropyState withSetup(EntropySetup newSetup) {
        return new EntropyState(runs, step, smoothing, newSetup);
    }
}
