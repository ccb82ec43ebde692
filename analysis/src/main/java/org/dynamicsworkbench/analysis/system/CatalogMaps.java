package org.dynamicsworkbench.analysis.system;

import java.util.List;

/** The dysts discrete maps beyond the foundation's Henon and Logistic. One line per system. */
final class CatalogMaps {

    static final List<SystemDefinition> DEFINITIONS = List.of();

    private CatalogMaps() {
    }
}
