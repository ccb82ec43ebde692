package org.dynamicsworkbench.plugins.peccary;

import java.util.List;
import java.util.Objects;

/** The outcome of every series of a {@link PeccaryState}, in the state's order. Immutable. */
public record PeccaryResult(PeccaryState state, List<SeriesOutcome> outcomes) {

    public PeccaryResult {
        Objects.requireNonNull(state, "state");
        outcomes = List.copyOf(outcomes);
        if (outcomes.size() != state.series().size()) {
            throw new IllegalArgumentException("one outcome per series: " + state.series().size() + " series, "
                    + outcomes.size() + " outcomes");
        }
    }
}
