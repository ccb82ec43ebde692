package org.dynamicsworkbench.analysis.system;

import java.util.List;

import org.dynamicsworkbench.analysis.system.flows.Aizawa;
import org.dynamicsworkbench.analysis.system.flows.Arneodo;
import org.dynamicsworkbench.analysis.system.flows.Chen;
import org.dynamicsworkbench.analysis.system.flows.Chua;
import org.dynamicsworkbench.analysis.system.flows.Dadras;
import org.dynamicsworkbench.analysis.system.flows.Duffing;
import org.dynamicsworkbench.analysis.system.flows.Halvorsen;
import org.dynamicsworkbench.analysis.system.flows.HindmarshRose;
import org.dynamicsworkbench.analysis.system.flows.Lorenz;
import org.dynamicsworkbench.analysis.system.flows.Lorenz84;
import org.dynamicsworkbench.analysis.system.flows.Lorenz96;
import org.dynamicsworkbench.analysis.system.flows.NoseHoover;
import org.dynamicsworkbench.analysis.system.flows.Rossler;
import org.dynamicsworkbench.analysis.system.flows.Rucklidge;
import org.dynamicsworkbench.analysis.system.flows.SprottA;
import org.dynamicsworkbench.analysis.system.flows.SprottB;
import org.dynamicsworkbench.analysis.system.flows.SprottC;
import org.dynamicsworkbench.analysis.system.flows.SprottD;
import org.dynamicsworkbench.analysis.system.flows.SprottE;
import org.dynamicsworkbench.analysis.system.flows.Thomas;
import org.dynamicsworkbench.analysis.system.maps.Henon;
import org.dynamicsworkbench.analysis.system.maps.Logistic;

/**
 * The registration list of every system whose equations are written in Java: the foundation's systems
 * below, then the lists of {@link CatalogFlowsAToJ}, {@link CatalogFlowsKToZ}, {@link CatalogMaps} and
 * {@link CatalogDelaySystems}. Adding a system is one class in {@code flows}, {@code maps} or
 * {@code delay} and one line in one of these lists; its metadata comes from the dysts JSON.
 */
final class BuiltinSystems {

    static final List<SystemDefinition> DEFINITIONS = concat(List.of(
            SystemDefinition.flow("Aizawa", Aizawa::new),
            SystemDefinition.flow("Arneodo", Arneodo::new),
            SystemDefinition.flow("Chen", Chen::new),
            SystemDefinition.flow("Chua", Chua::new),
            SystemDefinition.flow("Dadras", Dadras::new),
            SystemDefinition.flow("Duffing", Duffing::new),
            SystemDefinition.flow("Halvorsen", Halvorsen::new),
            SystemDefinition.flow("HindmarshRose", HindmarshRose::new),
            SystemDefinition.flow("Lorenz", Lorenz::new),
            SystemDefinition.flow("Lorenz84", Lorenz84::new),
            SystemDefinition.flow("Lorenz96", Lorenz96::new),
            SystemDefinition.flow("NoseHoover", NoseHoover::new),
            SystemDefinition.flow("Rossler", Rossler::new),
            SystemDefinition.flow("Rucklidge", Rucklidge::new),
            SystemDefinition.flow("SprottA", SprottA::new),
            SystemDefinition.flow("SprottB", SprottB::new),
            SystemDefinition.flow("SprottC", SprottC::new),
            SystemDefinition.flow("SprottD", SprottD::new),
            SystemDefinition.flow("SprottE", SprottE::new),
            SystemDefinition.flow("Thomas", Thomas::new),
            SystemDefinition.map("Henon", Henon::new),
            SystemDefinition.map("Logistic", Logistic::new)),
            CatalogFlowsAToJ.DEFINITIONS, CatalogFlowsKToZ.DEFINITIONS, CatalogMaps.DEFINITIONS,
            CatalogDelaySystems.DEFINITIONS);

    private BuiltinSystems() {
    }

    @SafeVarargs
    private static List<SystemDefinition> concat(List<SystemDefinition>... lists) {
        List<SystemDefinition> all = new java.util.ArrayList<>();
        for (List<SystemDefinition> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
