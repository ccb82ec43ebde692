package org.dynamicsworkbench.analysis.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The experiment kinds this workbench can train, looked up by name (as stored in {@code run.json}). */
public final class ExperimentKinds {
    private final Map<String, ExperimentKind<?>> byName;

    private ExperimentKinds(List<ExperimentKind<?>> kinds) {
        Map<String, ExperimentKind<?>> map = new LinkedHashMap<>();
        for (ExperimentKind<?> k : kinds) {
            if (map.put(k.name(), k) != null) {
                throw new IllegalArgumentException("two experiment kinds named '" + k.name() + "'");
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** The kinds built into the workbench. */
    public static ExperimentKinds builtin() {
        List<ExperimentKind<?>> kinds = new ArrayList<>();
        kinds.add(new org.dynamicsworkbench.analysis.learning.grokking.GrokkingKind());
        kinds.add(new org.dynamicsworkbench.analysis.learning.entropy.EntropyCollapseKind());
        kinds.add(new org.dynamicsworkbench.analysis.learning.concepts.ConceptSpaceKind());
        kinds.add(new org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichKind());
        return new ExperimentKinds(kinds);
    }

    /** A registry of exactly these kinds (tests, plugins). */
    public static ExperimentKinds of(List<ExperimentKind<?>> kinds) {
        return new ExperimentKinds(kinds);
    }

    /** All kinds, in registration order. */
    public List<ExperimentKind<?>> all() {
        return List.copyOf(byName.values());
    }

    /**
     * The kind called {@code name}.
     *
     * @throws ConfigException "unknown experiment 'x' (known: a, b)"
     */
    public ExperimentKind<?> byName(String name) {
        ExperimentKind<?> k = byName.get(name);
        if (k == null) {
            throw new ConfigException("experiment", "unknown experiment '" + name + "' (known: "
                    + String.join(", ", byName.keySet()) + ")");
        }
        return k;
    }
}
