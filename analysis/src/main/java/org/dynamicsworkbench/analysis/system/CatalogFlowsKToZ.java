package org.dynamicsworkbench.analysis.system;

import java.util.List;

/** The dysts flows from KawczynskiStrizhak to ZhouChen beyond the foundation's. One line per system. */
final class CatalogFlowsKToZ {

    static final List<SystemDefinition> DEFINITIONS = List.of();

    private CatalogFlowsKToZ() {
    }
}
