package org.dynamicsworkbench.plugins.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** Strict reading of the fields the training-dynamics tools' states share; every error names the field. */
public final class StateJson {
    private StateJson() {
    }

    /** @throws ToolStateException unless {@code node} is a JSON object */
    public static void requireObject(JsonNode node, String field) throws ToolStateException {
        if (node == null || !node.isObject()) {
            throw new ToolStateException(field + ": must be a JSON object, got "
                    + (node == null ? "nothing" : node.getNodeType()));
        }
    }

    /** @throws ToolStateException for the first field of {@code node} not in {@code known} (listing them) */
    public static void rejectUnknown(JsonNode node, Set<String> known, String prefix) throws ToolStateException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new ToolStateException(prefix + name + ": unknown field (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    /** The array of folders {@code name} (empty when absent), at most {@code max} of them. */
    public static List<String> folders(JsonNode node, String name, int max) throws ToolStateException {
        List<String> out = new ArrayList<>();
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new ToolStateException(name + ": must be an array of run folders, got " + v.getNodeType());
        }
        if (v.size() > max) {
            throw new ToolStateException(name + ": at most " + max + " run folders, got " + v.size());
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual() || e.textValue().isBlank()) {
                throw new ToolStateException(name + "[" + i + "]: must be a run folder (a non-empty string), got " + e);
            }
            out.add(e.textValue());
        }
        return out;
    }

    /** The step {@code name}: an integer >= 0, or -1 for the last. */
    public static long step(JsonNode node, String name, long fallback) throws ToolStateException {
        JsonNode s = node.get(name);
        if (s == null) {
            return fallback;
        }
        if (!s.isIntegralNumber() || !s.canConvertToLong() || s.longValue() < -1) {
            throw new ToolStateException(name + ": must be an integer >= 0, or -1 for the last step, got " + s);
        }
        return s.longValue();
    }

    /** The finite number {@code name}. */
    public static double number(JsonNode node, String name, double fallback) throws ToolStateException {
        JsonNode v = node.get(name);
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new ToolStateException(name + ": must be a finite number, got " + v);
        }
        return v.doubleValue();
    }
}
