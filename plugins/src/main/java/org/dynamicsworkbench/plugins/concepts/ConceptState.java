package org.dynamicsworkbench.plugins.concepts;

import java.util.List;
import java.util.Objects;
import org.dynamicsworkbench.plugins.runs.StateChecks;

/**
 * The Concept-space tool's saved state: the runs averaged (seeds of one setting; folders as written in the session:
 * relative to its folder, or absolute), the current evaluation step (-1: the last) and the setup of the next runs.
 */
public record ConceptState(List<String> runs, long step, ConceptSetup setup) {

    public ConceptState {
        Objects.requireNonNull(setup, "setup");
        runs = StateChecks.folders("runs", runs, ConceptSetup.MAX_SEEDS, "seeds");
        StateChecks.step(step);
    }

    public static ConceptState defaults() {
        return new ConceptState(List.of(), -1, ConceptSetup.defaults());
    }

    public ConceptState withRuns(List<String> newRuns) {
        return new ConceptState(newRuns, step, setup);
    }

    public ConceptState withStep(long newStep) {
        return new ConceptState(runs, newStep, setup);
    }

    public ConceptState withSetup(ConceptSetup newSetup) {
        return new ConceptState(runs, step, newSetup);
    }
}
