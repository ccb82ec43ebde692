package org.dynamicsworkbench.plugins.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * What a tool's headless computation returns: named values as plain JSON (numbers, strings, booleans,
 * arrays and objects of them) and a one-line summary for people. The command line prints the values
 * ({@code --json}) or writes them into {@code result.json}; the generic inspector lists them. Immutable:
 * the values are deep-copied in and out.
 */
public final class ToolResult {
    private final String summary;
    private final ObjectNode values;

    /** @throws IllegalArgumentException if a value is a non-finite number or the summary spans lines */
    public ToolResult(String summary, ObjectNode values) {
        Objects.requireNonNull(summary, "summary");
        if (summary.contains("\n") || summary.contains("\r")) {
            throw new IllegalArgumentException("the summary must be one line");
        }
        requireFinite(values, "values");
        this.summary = summary;
        this.values = values.deepCopy();
    }

    public String summary() {
        return summary;
    }

    /** A copy of the values. */
    public ObjectNode values() {
        return values.deepCopy();
    }

    private static void requireFinite(JsonNode node, String path) {
        if (node.isNumber() && (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            throw new IllegalArgumentException(path + ": JSON has no " + node.doubleValue());
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireFinite(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                requireFinite(e.getValue(), path + "." + e.getKey());
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ToolResult other && summary.equals(other.summary) && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(summary, values);
    }

    @Override
    public String toString() {
        return "ToolResult[" + summary + "]";
    }
}
