package org.dynamicsworkbench.plugins.lazyrich;

import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.timeline.StepAxis;

/**
 * The Lazy-to-rich tool's figure specs: the loss, decomposition, alignment and movement curves of a run (with its overlays)
 * at a step, and the eigenvalues of M at that step's checkpoint (read when built, so listing stays cheap).
 */
final class LazyRichFigureSpecs {
    private LazyRichFigureSpecs() {
    }

    /**
     * @param runs the primary run first, then the overlays (empty, or a primary without a logged loss: no figures)
     * @param step the step shown, snapped to the primary run's nearest checkpoint (-1: its last), as the window's
     *             timeline does
     */
    static List<FigureSpec> of(List<LazyRichRun> runs, long step, double smoothing) {
        List<FigureSpec> specs = new ArrayList<>();
        if (runs.isEmpty() || runs.get(0).seriesOrNull("train_loss") == null) {
            return specs;
        }
        LazyRichRun primary = runs.get(0);
        long[] steps = primary.checkpointSteps();
        long shown = steps.length == 0 ? -1 : step >= 0 ? StepAxis.of(steps).snap(step) : steps[steps.length - 1];
        specs.add(new FigureSpec(LazyRichFigures.LOSS, "Lazy to rich: train and test loss", LazyRichFigures.LOSS_SIZE,
                false, r -> LazyRichFigures.loss(runs, shown, smoothing, r.size())));
        specs.add(new FigureSpec(LazyRichFigures.DECOMPOSITION, "Lazy to rich: exact test-loss decomposition",
                LazyRichFigures.DECOMPOSITION_SIZE, false,
                r -> LazyRichFigures.decomposition(runs, shown, smoothing, r.size())));
        specs.add(new FigureSpec(LazyRichFigures.ALIGNMENT, "Lazy to rich: M- and NTK alignments",
                LazyRichFigures.ALIGNMENT_SIZE, false, r -> LazyRichFigures.alignment(runs, shown, smoothing, r.size())));
        specs.add(new FigureSpec(LazyRichFigures.MOVEMENT, "Lazy to rich: weight change and NTK drift",
                LazyRichFigures.MOVEMENT_SIZE, false, r -> LazyRichFigures.movement(runs, shown, smoothing, r.size())));
        if (shown >= 0) {
            specs.add(new FigureSpec(LazyRichFigures.SPECTRUM, "Lazy to rich: eigenvalues of M at the step",
                    LazyRichFigures.SPECTRUM_SIZE, false, r -> {
                        Checkpoint at = primary.readCheckpoint(shown);
                        long first = steps[0];
                        Checkpoint start = first == shown ? null : primary.readCheckpoint(first);
                        return LazyRichFigures.spectrum(at.tensor("m_eigenvalues"), shown,
                                start == null ? null : start.tensor("m_eigenvalues"), first, primary.label(), r.size());
                    }));
        }
        return specs;
    }
}
