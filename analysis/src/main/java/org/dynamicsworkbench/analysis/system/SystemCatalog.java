package org.dynamicsworkbench.analysis.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The named systems whose equations are written in Java, each with its dysts metadata. Immutable and
 * thread-safe; {@link #builtin()} is loaded once, on first use.
 */
public final class SystemCatalog {
    static final String FLOWS_FILE = "chaotic_attractors.json";
    static final String MAPS_FILE = "discrete_maps.json";
    private static final String RESOURCE_FOLDER = "/org/dynamicsworkbench/analysis/catalog/";

    private final List<DynamicalSystem> systems;
    private final Map<String, DynamicalSystem> byName;
    private final Map<String, DynamicalSystem> byLowerCaseName;

    private SystemCatalog(Collection<? extends DynamicalSystem> systems) {
        List<DynamicalSystem> sorted = new ArrayList<>(systems);
        sorted.sort(Comparator.comparing(DynamicalSystem::name));
        Map<String, DynamicalSystem> exact = new HashMap<>();
        Map<String, DynamicalSystem> lower = new HashMap<>();
        for (DynamicalSystem system : sorted) {
            DynamicalSystem clash = lower.put(system.name().toLowerCase(Locale.ROOT), system);
            if (clash != null) {
                throw new IllegalArgumentException("duplicate system name '" + system.name() + "' (also '"
                        + clash.name() + "')");
            }
            exact.put(system.name(), system);
        }
        this.systems = List.copyOf(sorted);
        this.byName = Map.copyOf(exact);
        this.byLowerCaseName = Map.copyOf(lower);
    }

    /** The catalog of every built-in system, loaded from the bundled dysts metadata on first call. */
    public static SystemCatalog builtin() {
        return Builtin.INSTANCE;
    }

    /** A catalog of the given systems (names must differ ignoring case). */
    public static SystemCatalog of(Collection<? extends DynamicalSystem> systems) {
        return new SystemCatalog(systems);
    }

    /**
     * Builds each definition's system from its entry in the flows or maps metadata.
     *
     * @throws CatalogFormatException naming the file, the system and the field when an entry is missing,
     *                                malformed or does not fit the equations
     */
    static SystemCatalog load(List<SystemDefinition> definitions, JsonNode flows, JsonNode maps) {
        CatalogMetadataParser flowParser = new CatalogMetadataParser(FLOWS_FILE);
        CatalogMetadataParser mapParser = new CatalogMetadataParser(MAPS_FILE);
        List<DynamicalSystem> systems = new ArrayList<>(definitions.size());
        for (SystemDefinition definition : definitions) {
            boolean flow = definition.kind() != SystemKind.MAP;
            CatalogMetadataParser parser = flow ? flowParser : mapParser;
            JsonNode entry = (flow ? flows : maps).get(definition.metadataKey());
            if (entry == null) {
                throw parser.error(definition.metadataKey(), null, "no such entry");
            }
            SystemMetadata metadata = parser.parse(definition.name(), definition.kind(), entry);
            try {
                systems.add(definition.factory().apply(metadata));
            } catch (IllegalArgumentException e) {
                throw new CatalogFormatException((flow ? FLOWS_FILE : MAPS_FILE) + ": " + e.getMessage(), e);
            }
        }
        return new SystemCatalog(systems);
    }

    /** Every system, sorted by name. */
    public List<DynamicalSystem> systems() {
        return systems;
    }

    /** Names of every system, sorted. */
    public List<String> names() {
        return systems.stream().map(DynamicalSystem::name).toList();
    }

    /**
     * The system of that name: exact match first, then ignoring case. Names follow dysts, except that
     * dysts' Duffing map is "DuffingMap" here ("Duffing" is the forced Duffing oscillator, a flow, in both).
     */
    public Optional<DynamicalSystem> find(String name) {
        DynamicalSystem exact = byName.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(byLowerCaseName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The system of that name, as {@link #find}.
     *
     * @throws UnknownSystemException with the nearest name as a suggestion when none matches, or with the
     *                                 reason when the name is one of the {@link OmittedEntries}
     */
    public DynamicalSystem require(String name) {
        return find(name).orElseThrow(() -> OmittedEntries.reason(name)
                .map(reason -> UnknownSystemException.omitted(name, reason))
                .orElseGet(() -> new UnknownSystemException(name, NameSuggestion.closest(name, names()))));
    }

    private static final class Builtin {
        static final SystemCatalog INSTANCE = load(BuiltinSystems.DEFINITIONS, readResource(FLOWS_FILE),
                readResource(MAPS_FILE));

        private static JsonNode readResource(String file) {
            try (InputStream in = SystemCatalog.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("catalog resource " + RESOURCE_FOLDER + file + " is missing");
                }
                JsonNode root = new ObjectMapper().readTree(in);
                if (root == null || !root.isObject()) {
                    throw new CatalogFormatException(file + ": must be a JSON object of system name: entry");
                }
                return root;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read catalog resource " + file, e);
            }
        }
    }
}
