package org.dynamicsworkbench.analysis.system;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one system's entry of the dysts metadata JSON (tree model, every field validated) into a
 * {@link SystemMetadata}. Parameters are sorted alphabetically by key, as dysts passes them to its
 * equations. Optional estimates that are missing or null become NaN (or an empty array).
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
                numbers(name, "std", entry.get("std"), true));
    }

    private Map<String, Double> parameters(String name, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw error(name, "parameters", "must be an object of name: number");
        }
        Map<String, Double> sorted = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
                throw error(name, "parameters." + field.getKey(), "must be a finite number, got " + value);
            }
            sorted.put(field.getKey(), value.doubleValue());
        }
        return sorted;
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
