package org.dynamicsworkbench.analysis.system;

import java.util.Objects;
import java.util.function.Function;

/**
 * How the catalog builds one system: its catalog name, the key of its entry in the metadata JSON (the
 * name itself except where dysts uses one key for two systems), whether it is a flow or a map (which JSON
 * file holds its metadata) and the constructor that takes that metadata.
 *
 * @param name        the catalog name, unique ignoring case
 * @param metadataKey key in the dysts metadata JSON: dysts' Duffing map is the catalog's DuffingMap, keyed
 *                    "Duffing" in discrete_maps.json, because "Duffing" names the flow
 * @param kind        flow or delay equation (chaotic_attractors.json) or map (discrete_maps.json)
 * @param factory     builds the system from its validated metadata
 */
public record SystemDefinition(String name, String metadataKey, SystemKind kind,
                               Function<SystemMetadata, DynamicalSystem> factory) {

    public SystemDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metadataKey, "metadataKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(factory, "factory");
    }

    /** A flow whose metadata is in chaotic_attractors.json under its own name. */
    public static SystemDefinition flow(String name, Function<SystemMetadata, DynamicalSystem> factory) {
        return new SystemDefinition(name, name, SystemKind.FLOW, factory);
    }

    /** A map whose metadata is in discrete_maps.json under its own name. */
    public static SystemDefinition map(String name, Function<SystemMetadata, DynamicalSystem> factory) {
        return new SystemDefinition(name, name, SystemKind.MAP, factory);
    }

    /** A map named {@code name} in the catalog whose metadata is in discrete_maps.json under {@code metadataKey}. */
    public static SystemDefinition map(String name, String metadataKey,
                                       Function<SystemMetadata, DynamicalSystem> factory) {
        return new SystemDefinition(name, metadataKey, SystemKind.MAP, factory);
    }

    /** A delay differential equation whose metadata is in chaotic_attractors.json ({@code "delay": true}). */
    public static SystemDefinition delay(String name, Function<SystemMetadata, DynamicalSystem> factory) {
        return new SystemDefinition(name, name, SystemKind.DELAY, factory);
    }
}
