package org.dynamicsworkbench.analysis.system;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Entries of the dysts metadata that the catalog does not implement, each with the reason. The command
 * line lists them under the catalog, and asking for one by name says why it is missing instead of
 * suggesting a near name.
 */
public final class OmittedEntries {

    private static final Map<String, String> REASONS = Map.of(
            "EndCap", "dysts has no equations for it: its discrete_maps.json entry carries the Henon map's "
                    + "parameters (a = 1.4, b = 0.3) and no dysts version defines an EndCap map");

    private OmittedEntries() {
    }

    /** Name to reason, sorted by name. */
    public static Map<String, String> reasons() {
        return new TreeMap<>(REASONS);
    }

    /** Why the entry of that name (any case) is not in the catalog, if it is one of these. */
    public static Optional<String> reason(String name) {
        return REASONS.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT)))
                .map(e -> e.getKey() + " is not in the catalog: " + e.getValue())
                .findFirst();
    }
}
