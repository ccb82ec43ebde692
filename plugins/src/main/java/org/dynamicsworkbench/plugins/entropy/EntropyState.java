package org.dynamicsworkbench.plugins.entropy;

import java.util.List;
import java.util.Objects;
import org.dynamicsworkbench.plugins.runs.StateChecks;

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
        runs = StateChecks.folders("runs", runs, MAX_RUNS, "runs");
        StateChecks.step(step);
        StateChecks.smoothing(smoothing);
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
