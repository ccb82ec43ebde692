package org.dynamicsworkbench.plugins.series;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * Reads one field of a tool state (Jackson tree model) and validates it; every failure is a
 * {@link ToolStateException} whose message starts with the field's path ("state.n: must be an integer in
 * [3, 8], got 12").
 */
public final class StateFields {

    private StateFields() {
    }

    /** Whether the field is there and not null (a missing field takes its default). */
    public static boolean present(JsonNode node) {
        return node != null && !node.isNull();
    }

    public static ToolStateException error(String path, String problem) {
        return new ToolStateException(path + ": " + problem);
    }

    public static JsonNode object(JsonNode node, String path) throws ToolStateException {
        if (node == null || !node.isObject()) {
            throw error(path, "must be a JSON object, got " + describe(node));
        }
        return node;
    }

    public static int integer(JsonNode node, String path, int min, int max) throws ToolStateException {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min
                || node.intValue() > max) {
            throw error(path, "must be an integer in [" + min + ", " + max + "], got " + describe(node));
        }
        return node.intValue();
    }

    public static double positive(JsonNode node, String path) throws ToolStateException {
        if (node == null || !node.isNumber() || !(node.doubleValue() > 0) || !Double.isFinite(node.doubleValue())) {
            throw error(path, "must be a positive number, got " + describe(node));
        }
        return node.doubleValue();
    }

    public static double number(JsonNode node, String path, double min, double max) throws ToolStateException {
        if (node == null || !node.isNumber() || !(node.doubleValue() >= min && node.doubleValue() <= max)) {
            throw error(path, "must be a number in [" + fmt(min) + ", " + fmt(max) + "], got " + describe(node));
        }
        return node.doubleValue();
    }

    public static String text(JsonNode node, String path) throws ToolStateException {
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            throw error(path, "must be a non-empty string, got " + describe(node));
        }
        return node.textValue().strip();
    }

    public static boolean bool(JsonNode node, String path) throws ToolStateException {
        if (node == null || !node.isBoolean()) {
            throw error(path, "must be true or false, got " + describe(node));
        }
        return node.booleanValue();
    }

    /** One of {@code choices} (case-insensitive); returns it as listed. */
    public static String choice(JsonNode node, String path, List<String> choices) throws ToolStateException {
        if (node != null && node.isTextual()) {
            for (String c : choices) {
                if (c.equalsIgnoreCase(node.textValue().strip())) {
                    return c;
                }
            }
        }
        throw error(path, "must be one of " + String.join(", ", choices) + ", got " + describe(node));
    }

    /** The node as it would appear in the file, shortened. */
    public static String describe(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String s = node.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%g", v);
    }
}
