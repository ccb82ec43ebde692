package org.dynamicsworkbench.analysis.learning;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;

/**
 * Strict reading of a flat JSON configuration object: unknown keys are refused, and each value must have the
 * expected JSON type (a missing key takes the given default). Range checks belong to the configuration record.
 */
public final class ConfigFields {
    private final JsonNode json;

    public ConfigFields(JsonNode json, List<String> known) {
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

    public boolean has(String name) {
        return json.has(name) && !json.get(name).isNull();
    }

    public double number(String name, double fallback) {
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

    public int integer(String name, int fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = json.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ConfigException(name, "must be an integer, got " + v);
        }
        return v.intValue();
    }

    public long longInteger(String name, long fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = json.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new ConfigException(name, "must be an integer, got " + v);
        }
        return v.longValue();
    }

    public String text(String name, String fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = json.get(name);
        if (!v.isTextual()) {
            throw new ConfigException(name, "must be a string, got " + v);
        }
        return v.textValue();
    }

    /** A boolean field, or {@code fallback} when it is missing. */
    public boolean bool(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = json.get(name);
        if (!v.isBoolean()) {
            throw new ConfigException(name, "must be true or false, got " + v);
        }
        return v.booleanValue();
    }
}
