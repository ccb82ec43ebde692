package org.dynamicsworkbench.analysis.learning.entropy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.ConfigException;

/**
 * Strict reading of a flat JSON configuration object: unknown keys are refused, and each value must have the
 * expected JSON type (a missing key takes the given default). Range checks belong to the configuration record.
 */
final class JsonFields {
    private final JsonNode json;

    JsonFields(JsonNode json, List<String> known) {
        if (json == null || !json.isObject()) {
            throw new ConfigException("config", "must be a JSON object, got "
                    + (json == null ? "nothing" : json.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        for (Iterator<String> it = json.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new ConfigException(name, "unknown field (known: " + String.join(", ", known) + ")");
            }
        }
        this.json = json;
    }

    boolean has(String name) {
        return json.has(name) && !json.get(name).isNull();
    }

    double number(String name, double fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = json.get(name);
        if (!v.isNumber()) {
            throw new ConfigException(name, "must be a number, got " + v);
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new ConfigException(name, "must be finite, got " + v);
        }
        return d;
    }

    int integer(String name, int fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = json.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ConfigException(name, "must be an integer, got " + v);
        }
        return v.intValue();
    }

    long longInteger(String name, long fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = json.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new ConfigException(name, "must be an integer, got " + v);
        }
        return v.longValue();
    }

    String text(String name, String fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = json.get(name);
        if (!v.isTextual()) {
            throw new ConfigException(name, "must be a string, got " + v);
        }
        return v.textValue();
    }
}
