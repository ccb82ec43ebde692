package org.dynamicsworkbench.analysis.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dynamicsworkbench.analysis.system.flows.Lorenz;
import org.dynamicsworkbench.analysis.system.maps.Henon;
import org.junit.jupiter.api.Test;

class SystemCatalogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LORENZ_ENTRY = "{'parameters': {'sigma': 10, 'rho': 28, 'beta': 2.667},"
            + " 'initial_conditions': [1, 2, 3], 'dt': 0.01, 'period': 1.5}";

    @Test
    void builtinListsEveryImplementedSystemSortedByName() {
        SystemCatalog catalog = SystemCatalog.builtin();
        assertSame(catalog, SystemCatalog.builtin());
        List<String> names = catalog.names();
        assertTrue(names.containsAll(List.of("Aizawa", "Arneodo", "Chen", "Chua", "Dadras", "Duffing", "Halvorsen",
                "Henon", "HindmarshRose", "Logistic", "Lorenz", "Lorenz84", "Lorenz96", "NoseHoover", "Rossler",
                "Rucklidge", "SprottA", "SprottB", "SprottC", "SprottD", "SprottE", "Thomas", "IkedaDelay",
                "MackeyGlass", "PiecewiseCircuit", "ScrollDelay", "SprottDelay", "VossDelay")), names.toString());
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals(names.size(), catalog.systems().size());
    }

    @Test
    void metadataComesFromTheDystsJsonWithParametersInAlphabeticalOrder() {
        SystemMetadata lorenz = SystemCatalog.builtin().require("Lorenz").metadata();
        assertEquals(List.of("beta", "rho", "sigma"), lorenz.parameterNames());
        assertArrayEquals(new double[] {2.667, 28, 10}, lorenz.defaultParameters());
        assertArrayEquals(new double[] {-9.7869288, -15.03852, 20.533978}, lorenz.initialCondition());
        assertEquals(0.0003002100350058257, lorenz.dt());
        assertEquals(1.5008, lorenz.period());
        assertEquals(3, lorenz.lyapunovSpectrumEstimated().length);
        assertEquals(SystemKind.FLOW, lorenz.kind());

        SystemMetadata duffing = SystemCatalog.builtin().require("Duffing").metadata();
        assertEquals(List.of("alpha", "beta", "delta", "gamma", "omega"), duffing.parameterNames());
        assertTrue(duffing.nonautonomous());

        DynamicalSystem lorenz96 = SystemCatalog.builtin().require("Lorenz96");
        assertEquals(4, lorenz96.dimension());

        SystemMetadata henon = SystemCatalog.builtin().require("Henon").metadata();
        assertEquals(SystemKind.MAP, henon.kind());
        assertArrayEquals(new double[] {1.4, 0.3}, henon.defaultParameters());
        assertTrue(Double.isNaN(henon.dt()));
        assertTrue(Double.isNaN(henon.maximumLyapunovEstimated()));
        assertEquals(0, henon.lyapunovSpectrumEstimated().length);
    }

    @Test
    void findMatchesExactlyThenIgnoringCase() {
        SystemCatalog catalog = SystemCatalog.builtin();
        assertEquals("Lorenz84", catalog.find("Lorenz84").orElseThrow().name());
        assertEquals("SprottA", catalog.find("sprotta").orElseThrow().name());
        assertEquals(Optional.empty(), catalog.find("Lorenz63"));
    }

    @Test
    void requireSuggestsTheNearestName() {
        UnknownSystemException e = assertThrows(UnknownSystemException.class,
                () -> SystemCatalog.builtin().require("Lorenzz"));
        assertEquals("unknown system 'Lorenzz' (did you mean Lorenz?)", e.getMessage());
        assertEquals(Optional.of("Lorenz"), e.suggestion());
        assertEquals("unknown system 'Roessler' (did you mean Rossler?)",
                assertThrows(UnknownSystemException.class, () -> SystemCatalog.builtin().require("Roessler"))
                        .getMessage());
        assertEquals("unknown system 'DoubleScrollXYZ'",
                assertThrows(UnknownSystemException.class, () -> SystemCatalog.builtin().require("DoubleScrollXYZ"))
                        .getMessage());
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, NameSuggestion.distance("lorenz", "lorenz"));
        assertEquals(1, NameSuggestion.distance("lorenzz", "lorenz"));
        assertEquals(3, NameSuggestion.distance("kitten", "sitting"));
        assertEquals(6, NameSuggestion.distance("", "sprott"));
    }

    @Test
    void overridesReplaceNamedParametersOnly() {
        SystemMetadata lorenz = SystemCatalog.builtin().require("Lorenz").metadata();
        assertArrayEquals(new double[] {8.0 / 3.0, 28, 10},
                ParameterValues.withOverrides(lorenz, Map.of("beta", 8.0 / 3.0)));
        assertArrayEquals(new double[] {2.667, 28, 10}, ParameterValues.withOverrides(lorenz, Map.of()));
    }

    @Test
    void overridesRejectUnknownNamesAndNonFiniteValues() {
        SystemMetadata lorenz = SystemCatalog.builtin().require("Lorenz").metadata();
        UnknownParameterException unknown = assertThrows(UnknownParameterException.class,
                () -> ParameterValues.withOverrides(lorenz, Map.of("rh", 1.0)));
        assertEquals("Lorenz has no parameter 'rh' (parameters: beta, rho, sigma)", unknown.getMessage());
        SystemMetadata sprott = SystemCatalog.builtin().require("SprottA").metadata();
        assertEquals("SprottA has no parameter 'a' (parameters: none)", assertThrows(UnknownParameterException.class,
                () -> ParameterValues.withOverrides(sprott, Map.of("a", 1.0))).getMessage());
        assertEquals("Lorenz: parameter 'rho' must be a finite number, got NaN",
                assertThrows(IllegalArgumentException.class,
                        () -> ParameterValues.withOverrides(lorenz, Map.of("rho", Double.NaN))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ParameterValues.withOverrides(lorenz, Map.of("rho", Double.POSITIVE_INFINITY)));
    }

    @Test
    void loadsAWellFormedEntry() throws Exception {
        SystemCatalog catalog = load(LORENZ_ENTRY);
        assertArrayEquals(new double[] {1, 2, 3}, catalog.require("Lorenz").metadata().initialCondition());
        assertTrue(Double.isNaN(catalog.require("Lorenz").metadata().kaplanYorkeDimension()));
    }

    @Test
    void malformedEntriesFailWithTheFileSystemAndField() throws Exception {
        assertLoadFails("chaotic_attractors.json: Lorenz.parameters.rho: must be a finite number, got \"28\"",
                LORENZ_ENTRY.replace("'rho': 28", "'rho': '28'"));
        assertLoadFails("chaotic_attractors.json: Lorenz: initial_conditions: expected 3 values, got 2",
                LORENZ_ENTRY.replace("[1, 2, 3]", "[1, 2]"));
        assertLoadFails("chaotic_attractors.json: Lorenz.initial_conditions[1]: must be a finite number, got null",
                LORENZ_ENTRY.replace("[1, 2, 3]", "[1, null, 3]"));
        assertLoadFails("chaotic_attractors.json: Lorenz.dt: must be a positive number, got -1",
                LORENZ_ENTRY.replace("'dt': 0.01", "'dt': -1"));
        assertLoadFails("chaotic_attractors.json: Lorenz.period: must be a positive number, got null",
                LORENZ_ENTRY.replace(", 'period': 1.5", ""));
        assertLoadFails("chaotic_attractors.json: Lorenz: parameters: catalog has [beta, rho, s] but the equations "
                + "use [beta, rho, sigma]", LORENZ_ENTRY.replace("'sigma'", "'s'"));
        assertLoadFails("chaotic_attractors.json: Lorenz.hamiltonian: must be true or false, got \"no\"",
                LORENZ_ENTRY.replace("'dt'", "'hamiltonian': 'no', 'dt'"));
        CatalogFormatException missing = assertThrows(CatalogFormatException.class, () -> SystemCatalog.load(
                List.of(SystemDefinition.flow("Lorenz", Lorenz::new)), tree("{}"), tree("{}")));
        assertEquals("chaotic_attractors.json: Lorenz: no such entry", missing.getMessage());
    }

    @Test
    void aMapEntryIsReadFromTheMapsFile() throws Exception {
        JsonNode maps = tree("{'Henon': {'parameters': {'b': 0.3, 'a': 1.4}, 'initial_conditions': [0.1, 0.2]}}");
        SystemCatalog catalog = SystemCatalog.load(List.of(SystemDefinition.map("Henon", Henon::new)), tree("{}"),
                maps);
        assertArrayEquals(new double[] {1.4, 0.3}, catalog.require("henon").metadata().defaultParameters());
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> SystemCatalog.load(
                List.of(SystemDefinition.map("Henon", Henon::new)), tree("{}"),
                tree("{'Henon': {'parameters': {'a': 1.4, 'b': 0.3}, 'initial_conditions': [0.1]}}")));
        assertEquals("discrete_maps.json: Henon: initial_conditions: expected 2 values, got 1", e.getMessage());
    }

    @Test
    void namesThatDifferOnlyByCaseAreRejected() {
        DynamicalSystem lorenz = SystemCatalog.builtin().require("Lorenz");
        SystemMetadata m = lorenz.metadata();
        DynamicalSystem lower = new Lorenz(new SystemMetadata("lorenz", m.kind(), "", "", m.parameterNames(),
                m.defaultParameters(), m.initialCondition(), m.dt(), m.period(), Double.NaN, new double[0],
                Double.NaN, Double.NaN, false, false, false));
        assertThrows(IllegalArgumentException.class, () -> SystemCatalog.of(List.of(lorenz, lower)));
    }

    private static void assertLoadFails(String message, String lorenzEntry) {
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> load(lorenzEntry));
        assertEquals(message, e.getMessage());
    }

    private static SystemCatalog load(String lorenzEntry) throws Exception {
        return SystemCatalog.load(List.of(SystemDefinition.flow("Lorenz", Lorenz::new)),
                tree("{'Lorenz': " + lorenzEntry + "}"), tree("{}"));
    }

    private static JsonNode tree(String singleQuotedJson) throws Exception {
        return JSON.readTree(singleQuotedJson.replace('\'', '"'));
    }

    @Test
    void defaultSamplingStepIsAHundredthOfThePeriodToTwoDigits() {
        SystemCatalog catalog = SystemCatalog.builtin();
        assertEquals(0.015, catalog.require("Lorenz").metadata().defaultSamplingStep(), "period 1.5008 / 100");
        assertEquals(0.059, catalog.require("Rossler").metadata().defaultSamplingStep(), "period 5.9086 / 100");
        assertEquals(1.0, catalog.require("Henon").metadata().defaultSamplingStep(), "maps step by one");
        assertEquals(0.0059, SystemMetadata.roundToSignificantDigits(0.0058689, 2));
        assertEquals(120, SystemMetadata.roundToSignificantDigits(123.4, 2));
    }

    @Test
    void everyDystsEntryIsImplementedOrLeftOutWithAReason() throws Exception {
        SystemCatalog catalog = SystemCatalog.builtin();
        ObjectMapper mapper = new ObjectMapper();
        java.util.Set<String> flowKeys = new java.util.TreeSet<>();
        java.util.Set<String> mapKeys = new java.util.TreeSet<>();
        try (var flows = SystemCatalog.class.getResourceAsStream(
                "/org/dynamicsworkbench/analysis/catalog/chaotic_attractors.json");
             var maps = SystemCatalog.class.getResourceAsStream(
                     "/org/dynamicsworkbench/analysis/catalog/discrete_maps.json")) {
            mapper.readTree(flows).fieldNames().forEachRemaining(flowKeys::add);
            mapper.readTree(maps).fieldNames().forEachRemaining(mapKeys::add);
        }
        assertEquals(135, flowKeys.size());
        assertEquals(26, mapKeys.size());
        for (String key : flowKeys) {
            SystemKind kind = catalog.require(key).kind();
            assertTrue(kind == SystemKind.FLOW || kind == SystemKind.DELAY, key + " is " + kind);
        }
        for (String key : mapKeys) {
            String name = key.equals("Duffing") ? "DuffingMap" : key;
            if (OmittedEntries.reason(name).isEmpty()) {
                assertSame(SystemKind.MAP, catalog.require(name).kind(), name);
            }
        }
        assertEquals(java.util.Set.of("EndCap"), OmittedEntries.reasons().keySet());
        assertTrue(mapKeys.containsAll(OmittedEntries.reasons().keySet()));
        assertEquals(129, catalog.systems().stream().filter(x -> x.kind() == SystemKind.FLOW).count());
        assertEquals(6, catalog.systems().stream().filter(x -> x.kind() == SystemKind.DELAY).count());
        assertEquals(25, catalog.systems().stream().filter(x -> x.kind() == SystemKind.MAP).count());
    }

    @Test
    void askingForAnOmittedEntrySaysWhyItIsMissing() {
        UnknownSystemException e = assertThrows(UnknownSystemException.class,
                () -> SystemCatalog.builtin().require("endcap"));
        assertTrue(e.getMessage().startsWith("EndCap is not in the catalog: dysts has no equations"), e.getMessage());
        assertEquals(Optional.empty(), e.suggestion());
    }
}
