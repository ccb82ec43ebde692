package org.dynamicsworkbench.plugins.grokking;

import java.util.List;
import java.util.Objects;
import org.dynamicsworkbench.plugins.runs.StateChecks;

/**
 * The Grokking tool's saved state: the run shown (a folder as written in the session: relative to the session's
 * folder, or absolute; null before any run), the current step (-1: the last checkpoint), the smoothing weight, the
 * runs overlaid on the curves, the sweep folder of the phase diagram (null: none) and the setup of the next run.
 */
public record GrokkingState(String run, long step, double smoothing, List<String> overlays, String sweep,
                            GrokkingSetup setup) {
    public static final double DEFAULT_SMOOTHING = 0.6;
    /** At most this many runs overlay the primary one (colours stay apart). */
    public static final int MAX_OVERLAYS = 3;

    public GrokkingState {
        Objects.requireNonNull(setup, "setup");
        if (run != null && run.isBlank()) {
            throw new IllegalArgumentException("run: must not be empty (leave it out for no run)");
        }
        if (sweep != null && sweep.isBlank()) {
            throw new IllegalArgumentException("sweep: must not be empty (leave it out for no sweep)");
        }
        StateChecks.step(step);
        StateChecks.smoothing(smoothing);
        overlays = StateChecks.folders("overlays", overlays, MAX_OVERLAYS, "runs");
    }

    public static GrokkingState defaults() {
        return new GrokkingState(null, -1, DEFAULT_SMOOTHING, List.of(), null, GrokkingSetup.defaults());
    }

    public GrokkingState withRun(String newRun) {
        return new GrokkingState(newRun, -1, smoothing, overlays, sweep, setup);
    }

    public GrokkingState withStep(long newStep) {
        return new GrokkingState(run, newStep, smoothing, overlays, sweep, setup);
    }

    public GrokkingState withSmoothing(double newSmoothing) {
        return new GrokkingState(run, step, newSmoothing, overlays, sweep, setup);
    }

    public GrokkingState withOverlays(List<String> newOverlays) {
        return new GrokkingState(run, step, smoothing, newOverlays, sweep, setup);
    }

    public GrokkingState withSweep(String newSweep) {
        return new GrokkingState(run, step, smoothing, overlays, newSweep, setup);
    }

    public GrokkingState withSetup(GrokkingSetup newSetup) {
        return new GrokkingState(run, step, smoothing, overlays, sweep, newSetup);
    }
}
