package org.dynamicsworkbench.analysis.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one system's entry of the dysts metadata JSON (tree model, every field validated) into a
 * {@link SystemMetadata}. Parameters are sorted alphabetically by key, as dysts passes them to its
 * equations; an array- or matrix-valued parameter (BeerRNN's weights, Hopfield's couplings) is flattened
 * into scalars named key_i or key_i_j, row-major, in place of its key. Optional estimates that are missing
 * or null become NaN (or an empty array); {@code unbounded_indices}, when present, must list distinct coordinates
 * below the dimension (they are sorted); fields the workbench does not use (mean, std, entropies,
 * embedding dimension, bifurcation parameter) are ignored.
 */
final class CatalogMetadataParser {
    private final String source;

    /** @param source the file name used in error messages, e.g. "chaotic_attractors.json" */
    CatalogMetadataParser(String source) {
        this.source = source;
    }

    SystemMetadata parse(String name, SystemKind kind, JsonNode entry) {
        if (entry == null || !entry.isObject()) {
            throw error(name, null, "must be a JSON object");
        }
        Map<String, Double> parameters = parameters(name, entry.get("parameters"));
        double[] initialCondition = numbers(name, "initial_conditions", entry.get("initial_conditions"), false);
        if (initialCondition.length == 0) {
            throw error(name, "initial_conditions", "must not be empty");
        }
        double dt = Double.NaN;
        double period = Double.NaN;
        if (kind != SystemKind.MAP) {
            dt = positive(name, "dt", entry.get("dt"));
            period = positive(name, "period", entry.get("period"));
        }
        double[] defaults = new double[parameters.size()];
        int i = 0;
        for (double value : parameters.values()) {
            defaults[i++] = value;
        }
        return new SystemMetadata(name, kind,
                text(name, "description", entry.get("description")),
                text(name, "citation", entry.get("citation")),
                new ArrayList<>(parameters.keySet()), defaults, initialCondition, dt, period,
                optionalNumber(name, "maximum_lyapunov_estimated", entry.get("maximum_lyapunov_estimated")),
                numbers(name, "lyapunov_spectrum_estimated", entry.get("lyapunov_spectrum_estimated"), true),
                optionalNumber(name, "kaplan_yorke_dimension", entry.get("kaplan_yorke_dimension")),
                optionalNumber(name, "correlation_dimension", entry.get("correlation_dimension")),
                flag(name, "nonautonomous", entry.get("nonautonomous")),
                flag(name, "delay", entry.get("delay")),
                flag(name, "hamiltonian", entry.get("hamiltonian")),
                numbers(name, "mean", entry.get("mean"), true),
                numbers(name, "std", entry.get("std"), true),
                unboundedIndices(name, entry.get("unbounded_indices"), initialCondition.length));
    }

    /** dysts' {@code unbounded_indices}: absent or null means none; otherwise distinct integers in 0..dimension-1. */
    private int[] unboundedIndices(String name, JsonNode node, int dimension) {
        String field = "unbounded_indices";
        if (node == null || node.isNull()) {
            return new int[0];
        }
        if (!node.isArray()) {
            throw error(name, field, "must be an array of coordinate indices, got " + node);
        }
        int[] indices = new int[node.size()];
        for (int i = 0; i < indices.length; i++) {
            JsonNode item = node.get(i);
            if (!item.isIntegralNumber() || item.intValue() < 0 || item.intValue() >= dimension
                    || !item.canConvertToInt()) {
                throw error(name, field + "[" + i + "]", "must be a coordinate index in 0.." + (dimension - 1)
                        + " (the dimension is " + dimension + "), got " + item);
            }
            indices[i] = item.intValue();
        }
        int[] sorted = indices.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw error(name, field, "lists coordinate " + sorted[i] + " twice, got " + node);
            }
        }
        return sorted;
    }

    /**
     * The parameters in dysts' order: keys sorted alphabetically; a scalar keeps its key, an array or
     * matrix becomes one scalar per element named by {@link SystemMetadata#indexedParameterName} (key_i,
     * key_i_j, row-major) in index order, right after the keys that sort before it.
     */
    private Map<String, Double> parameters(String name, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw error(name, "parameters", "must be an object of name: number or array of numbers");
        }
        Map<String, JsonNode> sortedKeys = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            sortedKeys.put(field.getKey(), field.getValue());
        }
        Map<String, Double> flattened = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : sortedKeys.entrySet()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                flattenArray(name, key, value, flattened);
            } else {
                put(name, key, scalar(name, "parameters." + key, value), flattened);
            }
        }
        return flattened;
    }

    /** Adds a vector or a rectangular matrix (rows of equal length) element by element, row-major. */
    private void flattenArray(String name, String key, JsonNode array, Map<String, Double> out) {
        String field = "parameters." + key;
        if (array.isEmpty()) {
            throw error(name, field, "must not be an empty array");
        }
        if (!array.get(0).isArray()) {
            for (int i = 0; i < array.size(); i++) {
                put(name, SystemMetadata.indexedParameterName(key, i),
                        scalar(name, field + "[" + i + "]", array.get(i)), out);
            }
            return;
        }
        int columns = array.get(0).size();
        for (int i = 0; i < array.size(); i++) {
            JsonNode row = array.get(i);
            if (!row.isArray() || row.size() != columns || columns == 0) {
                throw error(name, field + "[" + i + "]", "must be a row of " + Math.max(columns, 1)
                        + " numbers (a matrix has rows of equal length), got " + row);
            }
            for (int j = 0; j < columns; j++) {
                put(name, SystemMetadata.indexedParameterName(key, i, j),
                        scalar(name, field + "[" + i + "][" + j + "]", row.get(j)), out);
            }
        }
    }

    private void put(String name, String parameter, double value, Map<String, Double> out) {
        if (out.put(parameter, value) != null) {
            throw error(name, "parameters." + parameter, "is given twice (as a key and as an array element)");
        }
    }

    private double scalar(String name, String field, JsonNode value) {
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw error(name, field, "must be a finite number, got " + value);
        }
        return value.doubleValue();
    }

    private double[] numbers(String name, String field, JsonNode node, boolean optional) {
        if (optional && (node == null || node.isNull())) {
            return new double[0];
        }
        if (node == null || !node.isArray()) {
            throw error(name, field, "must be an array of numbers, got " + node);
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode item = node.get(i);
            if (!item.isNumber() || !Double.isFinite(item.doubleValue())) {
                throw error(name, field + "[" + i + "]", "must be a finite number, got " + item);
            }
            values[i] = item.doubleValue();
        }
        return values;
    }

    private double positive(String name, String field, JsonNode node) {
        if (node == null || !node.isNumber() || !(node.doubleValue() > 0) || !Double.isFinite(node.doubleValue())) {
            throw error(name, field, "must be a positive number, got " + node);
        }
        return node.doubleValue();
    }

    private double optionalNumber(String name, String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return Double.NaN;
        }
        if (!node.isNumber()) {
            throw error(name, field, "must be a number or null, got " + node);
        }
        return node.doubleValue();
    }

    private boolean flag(String name, String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw error(name, field, "must be true or false, got " + node);
        }
        return node.booleanValue();
    }

    private String text(String name, String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            throw error(name, field, "must be a string, got " + node);
        }
        return node.textValue();
    }

    CatalogFormatException error(String name, String field, String problem) {
        return new CatalogFormatException(source + ": " + name + (field == null ? "" : "." + field) + ": " + problem);
    }
}
