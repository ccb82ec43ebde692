package org.dynamicsworkbench.analysis.system;

import java.util.Objects;
import java.util.function.Function;

/**
 * How the catalog builds one system: its catalog name, whether it is a flow or a map (which JSON file
 * holds its metadata) and the constructor that takes that metadata.
 *
 * @param name    key in the dysts metadata JSON
 * @param kind    flow or delay equation (chaotic_attractors.json) or map (discrete_maps.json)
 * @param factory builds the system from its validated metadata
 */
public record SystemDefinition(String name, SystemKind kind, Function<SystemMetadata, DynamicalSystem> factory) {

    public SystemDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(factory, "factory");
    }

    /** A flow whose metadata is in chaotic_attractors.json. */
    public static SystemDefinition flow(String name, Function<SystemMetadata, DynamicalSystem> factory) {
        return new SystemDefinition(name, SystemKind.FLOW, factory);
    }

    /** A map whose metadata is in discrete_maps.json. */
    public static SystemDefinition map(String name, Function<SystemMetadata, DynamicalSystem> factory) {
        return new SystemDefinition(name, SystemKind.MAP, factory);
    }

    /** A delay differential equation whose metadata is in chaotic_attractors.json ({@code "delay": true}). */
    public static SystemDefinition delay(String name, Function<SystemMetadata, DynamicalSystem> factory) {
        return new SystemDefinition(name, SystemKind.DELAY, factory);
    }
}
