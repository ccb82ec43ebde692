package org.dynamicsworkbench.analysis.system;

import java.util.List;

/** The dysts delay systems (integrated with a delay-equation integrator). One line per system. */
final class CatalogDelaySystems {

    static final List<SystemDefinition> DEFINITIONS = List.of();

    private CatalogDelaySystems() {
    }
}
