package org.dynamicsworkbench.plugins.entropy;

import java.util.List;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.spi.FigureSpec;

/** The Entropy-collapse tool's figure specs: curves, law, dH and tokens of the runs at a step. */
final class EntropyFigureSpecs {
    private EntropyFigureSpecs() {
    }

    /**
     * @param runs the primary run first, then the overlays (empty: no figures)
     * @param step the step shown (-1: the primary run's last logged step)
     */
    static List<FigureSpec> of(List<RunReading> runs, long step, double smoothing) {
        if (runs.isEmpty()) {
            return List.of();
        }
        long shown = shownStep(runs.get(0), step);
        return List.of(
                new FigureSpec(EntropyFigures.CURVES, "Entropy collapse: entropy and reward against step",
                        EntropyFigures.CURVES_SIZE, false,
                        r -> EntropyFigures.curves(runs, shown, smoothing, r.size())),
                new FigureSpec(EntropyFigures.LAW, "Entropy collapse: R = -a e^H + b fit and ceiling",
                        EntropyFigures.LAW_SIZE, false, r -> EntropyFigures.law(runs, shown, r.size())),
                new FigureSpec(EntropyFigures.DH, "Entropy collapse: predicted and measured dH",
                        EntropyFigures.DH_SIZE, false, r -> EntropyFigures.dh(runs, shown, smoothing, r.size())),
                new FigureSpec(EntropyFigures.TOKENS, "Entropy collapse: tokens hit by the intervention",
                        EntropyFigures.TOKENS_SIZE, false, r -> EntropyFigures.tokens(runs, shown, smoothing, r.size())));
    }

    /** {@code step}, or the run's last logged step when it is -1. */
    static long shownStep(RunReading primary, long step) {
        if (step >= 0) {
            return step;
        }
        MetricSeries h = primary.seriesOrNull("entropy_train");
        return h == null || h.size() == 0 ? -1 : h.step(h.size() - 1);
    }
}
