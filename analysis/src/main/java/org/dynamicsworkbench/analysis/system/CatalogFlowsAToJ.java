package org.dynamicsworkbench.analysis.system;

import java.util.List;

/** The dysts flows from AnishchenkoAstakhov to JerkCircuit beyond the foundation's. One line per system. */
final class CatalogFlowsAToJ {

    static final List<SystemDefinition> DEFINITIONS = List.of();

    private CatalogFlowsAToJ() {
    }
}
