package org.dynamicsworkbench.plugins.lazyrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dynamicsworkbench.plugins.runs.StateChecks;

/**
 * The Lazy-to-rich tool's saved state: the run shown (a folder as written in the session: relative to the session's
 * folder, or absolute; null before any run), the current step (-1: the last checkpoint), the smoothing weight, the
 * runs overlaid on the curves (the previous alphas' runs, newest first) and the setup of the next run.
 */
public record LazyRichState(String run, long step, double smoothing, List<String> overlays, LazyRichSetup setup) {
    /** Full-batch gradient descent: the curves are smooth as logged. */
    public static final double DEFAULT_SMOOTHING = 0.0;
    /** At most this many runs overlay the primary one (colours stay apart). */
    public static final int MAX_OVERLAYS = 3;

    public LazyRichState {
        Objects.requireNonNull(setup, "setup");
        if (run != null && run.isBlank()) {
            throw new IllegalArgumentException("run: must not be empty (leave it out for no run)");
        }
        StateChecks.step(step);
        StateChecks.smoothing(smoothing);
        overlays = StateChecks.folders("overlays", overlays, MAX_OVERLAYS, "runs");
        for (int i = 0; i < overlays.size(); i++) {
            if (overlays.get(i).equals(run) || overlays.indexOf(overlays.get(i)) != i) {
                throw new IllegalArgumentException("overlays[" + i + "]: '" + overlays.get(i)
                        + "' is already shown (each run appears once)");
            }
        }
    }

    public static LazyRichState defaults() {
        return new LazyRichState(null, -1, DEFAULT_SMOOTHING, List.of(), LazyRichSetup.defaults());
    }

    /** This state showing {@code newRun} at its last checkpoint; the overlays are kept (less the new run). */
    public LazyRichState withRun(String newRun) {
        List<String> kept = new ArrayList<>(overlays);
        kept.remove(newRun);
        return new LazyRichState(newRun, -1, smoothing, kept, setup);
    }

    public LazyRichState withStep(long newStep) {
        return new LazyRichState(run, newStep, smoothing, overlays, setup);
    }

    public LazyRichState withSmoothing(double newSmoothing) {
        return new LazyRichState(run, step, newSmoothing, overlays, setup);
    }

    public LazyRichState withOverlays(List<String> newOverlays) {
        return new LazyRichState(run, step, smoothing, newOverlays, setup);
    }

    public LazyRichState withSetup(LazyRichSetup newSetup) {
        return new LazyRichState(run, step, smoothing, overlays, newSetup);
    }
}
