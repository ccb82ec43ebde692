package org.dynamicsworkbench.analysis.system;

import java.util.List;

import org.dynamicsworkbench.analysis.system.delay.IkedaDelay;
import org.dynamicsworkbench.analysis.system.delay.MackeyGlass;
import org.dynamicsworkbench.analysis.system.delay.PiecewiseCircuit;
import org.dynamicsworkbench.analysis.system.delay.ScrollDelay;
import org.dynamicsworkbench.analysis.system.delay.SprottDelay;
import org.dynamicsworkbench.analysis.system.delay.VossDelay;

/** The dysts delay systems (integrated with a delay-equation integrator). One line per system. */
final class CatalogDelaySystems {

    static final List<SystemDefinition> DEFINITIONS = List.of(
            SystemDefinition.delay("IkedaDelay", IkedaDelay::new),
            SystemDefinition.delay("MackeyGlass", MackeyGlass::new),
            SystemDefinition.delay("PiecewiseCircuit", PiecewiseCircuit::new),
            SystemDefinition.delay("ScrollDelay", ScrollDelay::new),
            SystemDefinition.delay("SprottDelay", SprottDelay::new),
            SystemDefinition.delay("VossDelay", VossDelay::new));

    private CatalogDelaySystems() {
    }
}
