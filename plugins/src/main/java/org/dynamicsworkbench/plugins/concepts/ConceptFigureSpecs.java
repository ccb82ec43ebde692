package org.dynamicsworkbench.plugins.concepts;

import java.util.List;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.spi.FigureSpec;

/** The Concept-space tool's figure specs: space, coordinates, learning times and speed of the seeds at a step. */
final class ConceptFigureSpecs {
    private ConceptFigureSpecs() {
    }

    /**
     * @param runs the seeds averaged (empty: no figures)
     * @param step the evaluation step shown (-1: the last)
     */
    static List<FigureSpec> of(List<RunReading> runs, long step) {
        if (runs.isEmpty()) {
            return List.of();
        }
        return List.of(
                new FigureSpec(ConceptFigures.SPACE, "Concept space: trajectories of every prompt",
                        ConceptFigures.SPACE_SIZE, false, r -> {
                            ConceptAnalysis a = ConceptRuns.analyse(runs);
                            return ConceptFigures.space(a, shown(a, step), r.size());
                        }),
                new FigureSpec(ConceptFigures.COORDINATES, "Concept space: held-out class, naive vs over-prompted",
                        ConceptFigures.COORDINATES_SIZE, false, r -> {
                            ConceptAnalysis a = ConceptRuns.analyse(runs);
                            return ConceptFigures.coordinates(a, shown(a, step), r.size());
                        }),
                new FigureSpec(ConceptFigures.TIMES, "Concept space: learning time of each concept",
                        ConceptFigures.TIMES_SIZE, false, r -> {
                            ConceptAnalysis a = ConceptRuns.analyse(runs);
                            return ConceptFigures.times(a, shown(a, step), r.size());
                        }),
                new FigureSpec(ConceptFigures.SPEED, "Concept space: speed |dC/dt| and sudden turns",
                        ConceptFigures.SPEED_SIZE, false, r -> {
                            ConceptAnalysis a = ConceptRuns.analyse(runs);
                            return ConceptFigures.speed(a, shown(a, step), r.size());
                        }));
    }

    /** {@code step}, or the last evaluation step when it is -1. */
    static long shown(ConceptAnalysis a, long step) {
        long[] steps = a.steps();
        return step >= 0 || steps.length == 0 ? step : steps[steps.length - 1];
    }
}
