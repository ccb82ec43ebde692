package org.dynamicsworkbench.analysis.system;

import java.util.List;

import org.dynamicsworkbench.analysis.system.maps.Baker;
import org.dynamicsworkbench.analysis.system.maps.Bedhead;
import org.dynamicsworkbench.analysis.system.maps.BlinkingVortexMap;
import org.dynamicsworkbench.analysis.system.maps.Bogdanov;
import org.dynamicsworkbench.analysis.system.maps.Chebyshev;
import org.dynamicsworkbench.analysis.system.maps.Chirikov;
import org.dynamicsworkbench.analysis.system.maps.Circle;
import org.dynamicsworkbench.analysis.system.maps.DeJong;
import org.dynamicsworkbench.analysis.system.maps.DuffingMap;
import org.dynamicsworkbench.analysis.system.maps.Gauss;
import org.dynamicsworkbench.analysis.system.maps.Gingerbreadman;
import org.dynamicsworkbench.analysis.system.maps.GumowskiMira;
import org.dynamicsworkbench.analysis.system.maps.Hopalong;
import org.dynamicsworkbench.analysis.system.maps.Ikeda;
import org.dynamicsworkbench.analysis.system.maps.KaplanYorke;
import org.dynamicsworkbench.analysis.system.maps.MaynardSmith;
import org.dynamicsworkbench.analysis.system.maps.Pickover;
import org.dynamicsworkbench.analysis.system.maps.Ricker;
import org.dynamicsworkbench.analysis.system.maps.Svensson;
import org.dynamicsworkbench.analysis.system.maps.Tent;
import org.dynamicsworkbench.analysis.system.maps.Tinkerbell;
import org.dynamicsworkbench.analysis.system.maps.Zaslavskii;
import org.dynamicsworkbench.analysis.system.maps.ZeraouliaSprott;

/**
 * The dysts discrete maps beyond the foundation's Henon and Logistic. One line per system. dysts' Duffing
 * map is registered as "DuffingMap" (its metadata key stays "Duffing") because "Duffing" is the flow.
 */
final class CatalogMaps {

    static final List<SystemDefinition> DEFINITIONS = List.of(
            SystemDefinition.map("Baker", Baker::new),
            SystemDefinition.map("Bedhead", Bedhead::new),
            SystemDefinition.map("BlinkingVortexMap", BlinkingVortexMap::new),
            SystemDefinition.map("Bogdanov", Bogdanov::new),
            SystemDefinition.map("Chebyshev", Chebyshev::new),
            SystemDefinition.map("Chirikov", Chirikov::new),
            SystemDefinition.map("Circle", Circle::new),
            SystemDefinition.map("DeJong", DeJong::new),
            SystemDefinition.map("DuffingMap", "Duffing", DuffingMap::new),
            SystemDefinition.map("Gauss", Gauss::new),
            SystemDefinition.map("Gingerbreadman", Gingerbreadman::new),
            SystemDefinition.map("GumowskiMira", GumowskiMira::new),
            SystemDefinition.map("Hopalong", Hopalong::new),
            SystemDefinition.map("Ikeda", Ikeda::new),
            SystemDefinition.map("KaplanYorke", KaplanYorke::new),
            SystemDefinition.map("MaynardSmith", MaynardSmith::new),
            SystemDefinition.map("Pickover", Pickover::new),
            SystemDefinition.map("Ricker", Ricker::new),
            SystemDefinition.map("Svensson", Svensson::new),
            SystemDefinition.map("Tent", Tent::new),
            SystemDefinition.map("Tinkerbell", Tinkerbell::new),
            SystemDefinition.map("Zaslavskii", Zaslavskii::new),
            SystemDefinition.map("ZeraouliaSprott", ZeraouliaSprott::new));

    private CatalogMaps() {
    }
}
