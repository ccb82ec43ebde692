package org.dynamicsworkbench.plugins.grokking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.spi.FigureSpec;

/**
 * The Grokking tool's figure specs: the curves and weights of a run (with its overlays) at a step, the grid and the
 * Fourier map of the checkpoint at that step (read when built, so listing stays cheap), and the phase diagram of a
 * sweep.
 */
final class GrokkingFigureSpecs {
    private GrokkingFigureSpecs() {
    }

    /**
     * @param runs  the primary run first, then the overlays (may be empty: no run figures)
     * @param step  the checkpoint step shown (-1: the primary run's last)
     * @param sweep the sweep folder, or null
     */
    static List<FigureSpec> of(List<RunReading> runs, long step, double smoothing, Path sweep) {
        List<FigureSpec> specs = new ArrayList<>();
        if (!runs.isEmpty()) {
            RunReading primary = runs.get(0);
            long[] steps = primary.checkpointSteps();
            long shown = step >= 0 || steps.length == 0 ? step : steps[steps.length - 1];
            specs.add(new FigureSpec(GrokkingFigures.CURVES, "Grokking loss and accuracy", GrokkingFigures.CURVES_SIZE,
                    false, r -> GrokkingFigures.curves(runs, shown, smoothing, r.size())));
            specs.add(new FigureSpec(GrokkingFigures.WEIGHTS, "Grokking weight norm, change and alignment",
                    GrokkingFigures.WEIGHTS_SIZE, false, r -> GrokkingFigures.weights(runs, shown, smoothing, r.size())));
            if (shown >= 0) {
                specs.add(new FigureSpec(GrokkingFigures.GRID, "Grokking test-correctness grid", GrokkingFigures.GRID_SIZE,
                        false, r -> {
                            Checkpoint c = primary.readCheckpoint(shown);
                            return GrokkingFigures.grid(c.tensor("test_grid"), shown, r.size());
                        }));
                specs.add(new FigureSpec(GrokkingFigures.FOURIER, "Grokking Fourier map and dominant frequencies",
                        GrokkingFigures.FOURIER_SIZE, false, r -> {
                            Checkpoint c = primary.readCheckpoint(shown);
                            return GrokkingFigures.fourier(c.tensor("fourier_U"), c.tensor("dominant_freq"), shown,
                                    r.size());
                        }));
            }
        }
        if (sweep != null) {
            specs.add(new FigureSpec(GrokkingFigures.PHASE, "Grokking phase diagram (time to generalise)",
                    GrokkingFigures.PHASE_SIZE, false, r -> GrokkingFigures.phase(SweepReading.open(sweep), r.size())));
        }
        return specs;
    }
}
