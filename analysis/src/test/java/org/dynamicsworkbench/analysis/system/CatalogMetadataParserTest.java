package org.dynamicsworkbench.analysis.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Array-valued parameters are flattened into scalars; every entry of the bundled metadata parses. */
class CatalogMetadataParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CatalogMetadataParser PARSER = new CatalogMetadataParser("chaotic_attractors.json");

    @Test
    void vectorsAndMatricesBecomeIndexedScalarsInKeyThenIndexOrder() throws Exception {
        SystemMetadata metadata = parse("{'parameters': {'w': [[1, 2], [3, 4], [5, 6]], 'tau': [7, 8],"
                + " 'a': 9, 'z': 10}, 'initial_conditions': [0, 0], 'dt': 0.1, 'period': 1}");
        assertEquals(List.of("a", "tau_0", "tau_1", "w_0_0", "w_0_1", "w_1_0", "w_1_1", "w_2_0", "w_2_1", "z"),
                metadata.parameterNames());
        assertArrayEquals(new double[] {9, 7, 8, 1, 2, 3, 4, 5, 6, 10}, metadata.defaultParameters());
    }

    @Test
    void elementsKeepIndexOrderBeyondTenRatherThanStringOrder() throws Exception {
        SystemMetadata metadata = parse("{'parameters': {'c': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]},"
                + " 'initial_conditions': [0], 'dt': 0.1, 'period': 1}");
        assertEquals("c_9", metadata.parameterNames().get(9));
        assertEquals("c_10", metadata.parameterNames().get(10));
        assertEquals(11.0, metadata.defaultParameters()[11]);
    }

    @Test
    void indexedNamesFollowTheSameConvention() {
        assertEquals("w_2_1", SystemMetadata.indexedParameterName("w", 2, 1));
        assertEquals(List.of("tau_0", "tau_1", "tau_2"), SystemMetadata.indexedParameterNames("tau", 3));
        assertEquals(List.of("k_0_0", "k_0_1", "k_1_0", "k_1_1"), SystemMetadata.indexedParameterNames("k", 2, 2));
        assertThrows(IllegalArgumentException.class, () -> SystemMetadata.indexedParameterNames("k", 0));
        assertThrows(IllegalArgumentException.class, () -> SystemMetadata.indexedParameterNames("k", 1, 2, 3));
    }

    @Test
    void malformedArraysFailNamingTheElement() {
        assertFails("chaotic_attractors.json: S.parameters.w[1]: must be a row of 2 numbers (a matrix has rows of "
                + "equal length), got [3]", "{'w': [[1, 2], [3]]}");
        assertFails("chaotic_attractors.json: S.parameters.tau[1]: must be a finite number, got null",
                "{'tau': [1, null]}");
        assertFails("chaotic_attractors.json: S.parameters.w[0][1]: must be a finite number, got \"x\"",
                "{'w': [[1, 'x']]}");
        assertFails("chaotic_attractors.json: S.parameters.tau: must not be an empty array", "{'tau': []}");
        assertFails("chaotic_attractors.json: S.parameters.w[1]: must be a row of 2 numbers (a matrix has rows of "
                + "equal length), got 3", "{'w': [[1, 2], 3]}");
        assertFails("chaotic_attractors.json: S.parameters.a_0: is given twice (as a key and as an array element)",
                "{'a': [1], 'a_0': 2}");
        assertFails("chaotic_attractors.json: S.parameters.b: must be a finite number, got {}", "{'b': {}}");
    }

    @Test
    void everyBundledFlowEntryParses() throws Exception {
        JsonNode flows;
        try (InputStream in = getClass().getResourceAsStream("/org/dynamicsworkbench/analysis/catalog/"
                + SystemCatalog.FLOWS_FILE)) {
            flows = JSON.readTree(in);
        }
        int count = 0;
        for (Map.Entry<String, JsonNode> entry : flows.properties()) {
            SystemMetadata metadata = PARSER.parse(entry.getKey(), SystemKind.FLOW, entry.getValue());
            assertTrue(metadata.dimension() > 0, entry.getKey());
            count++;
        }
        assertEquals(135, count);
        SystemMetadata beer = PARSER.parse("BeerRNN", SystemKind.FLOW, flows.get("BeerRNN"));
        assertEquals(15, beer.parameterNames().size());
        assertEquals("tau_0", beer.parameterNames().get(0));
        assertEquals("w_2_2", beer.parameterNames().get(14));
        assertEquals(3.885, beer.defaultParameters()[14]);
        SystemMetadata hopfield = PARSER.parse("Hopfield", SystemKind.FLOW, flows.get("Hopfield"));
        assertEquals(SystemMetadata.indexedParameterNames("k", 6, 6), hopfield.parameterNames().subList(2, 38));
        SystemMetadata atmospheric = PARSER.parse("AtmosphericRegime", SystemKind.FLOW,
                flows.get("AtmosphericRegime"));
        assertEquals(0, atmospheric.lyapunovSpectrumEstimated().length);
    }

    @Test
    void unboundedIndicesAreReadSortedAndEmptyWhenAbsent() throws Exception {
        assertArrayEquals(new int[] {0, 2}, parse("{'parameters': {}, 'initial_conditions': [0, 0, 0], 'dt': 0.1,"
                + " 'period': 1, 'unbounded_indices': [2, 0]}").unboundedIndices());
        assertArrayEquals(new int[0], parse("{'parameters': {}, 'initial_conditions': [0], 'dt': 0.1,"
                + " 'period': 1}").unboundedIndices());
        assertArrayEquals(new int[0], parse("{'parameters': {}, 'initial_conditions': [0], 'dt': 0.1,"
                + " 'period': 1, 'unbounded_indices': []}").unboundedIndices());
        assertArrayEquals(new int[0], SystemMetadata.minimal("M", SystemKind.FLOW, List.of(), new double[0],
                new double[] {1}, 0.1, 1).unboundedIndices());
    }

    @Test
    void unboundedIndicesOutsideTheStateFailNamingSystemAndField() {
        assertUnboundedFails("chaotic_attractors.json: S.unbounded_indices[1]: must be a coordinate index in 0..1 "
                + "(the dimension is 2), got 2", "[0, 2]");
        assertUnboundedFails("chaotic_attractors.json: S.unbounded_indices[0]: must be a coordinate index in 0..1 "
                + "(the dimension is 2), got -1", "[-1]");
        assertUnboundedFails("chaotic_attractors.json: S.unbounded_indices[0]: must be a coordinate index in 0..1 "
                + "(the dimension is 2), got 0.5", "[0.5]");
        assertUnboundedFails("chaotic_attractors.json: S.unbounded_indices: lists coordinate 1 twice, got [1,1]",
                "[1, 1]");
        assertUnboundedFails("chaotic_attractors.json: S.unbounded_indices: must be an array of coordinate indices, "
                + "got 1", "1");
    }

    @Test
    void duffingsForcingPhaseIsItsUnboundedCoordinate() {
        SystemCatalog catalog = SystemCatalog.builtin();
        assertArrayEquals(new int[] {2}, catalog.require("Duffing").metadata().unboundedIndices());
        assertArrayEquals(new int[0], catalog.require("Lorenz").metadata().unboundedIndices());
        assertArrayEquals(new int[] {2, 3, 4}, catalog.require("ArnoldWeb").metadata().unboundedIndices());
    }

    private static void assertUnboundedFails(String message, String indices) {
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> parse("{'parameters': {},"
                + " 'initial_conditions': [0, 0], 'dt': 0.1, 'period': 1, 'unbounded_indices': " + indices + "}"));
        assertEquals(message, e.getMessage());
    }

    private static SystemMetadata parse(String entry) throws Exception {
        return PARSER.parse("S", SystemKind.FLOW, JSON.readTree(entry.replace('\'', '"')));
    }

    private static void assertFails(String message, String parameters) {
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> parse("{'parameters': "
                + parameters + ", 'initial_conditions': [0], 'dt': 0.1, 'period': 1}"));
        assertEquals(message, e.getMessage());
    }
}
