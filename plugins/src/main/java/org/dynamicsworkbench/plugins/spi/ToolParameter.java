package org.dynamicsworkbench.plugins.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One typed parameter a tool declares: its name (as used in sessions and in {@code --param name=value}), type,
 * default, range (numbers) or choices (choice), and a one-sentence description. The workbench builds its
 * generic inspector, the session's "parameters" object and the command line's {@code --param} parsing from
 * these descriptions. Immutable; the constructor checks that the default is valid.
 *
 * @param name         an identifier: a letter, then letters, digits, '_' or '-'
 * @param type         the kind of value
 * @param defaultValue a value of the type's Java class (Double, Integer, String or Boolean) that {@link #check} accepts
 * @param min          the smallest number allowed (numbers only; {@code -Infinity} for none, NaN otherwise)
 * @param max          the largest number allowed (numbers only; {@code +Infinity} for none, NaN otherwise)
 * @param choices      the values allowed (choice only; empty otherwise)
 * @param description  one sentence for tooltips and listings
 */
public record ToolParameter(String name, ParameterType type, Object defaultValue, double min, double max,
                            List<String> choices, String description) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    public ToolParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter name '" + name + "' must be a letter followed by letters,"
                    + " digits, '_' or '-'");
        }
        choices = List.copyOf(choices);
        boolean numeric = type == ParameterType.DOUBLE || type == ParameterType.INT;
        if (numeric && !(min <= max)) {
            throw new IllegalArgumentException(name + ": range [" + min + ", " + max + "] is empty");
        }
        if (!numeric && !(Double.isNaN(min) && Double.isNaN(max))) {
            throw new IllegalArgumentException(name + ": only numbers have a range");
        }
        if ((type == ParameterType.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": choices are required for a choice and only for a choice");
        }
        try {
            verify(name, type, min, max, choices, defaultValue);
        } catch (ToolParameterException e) {
            throw new IllegalArgumentException("default of " + e.getMessage(), e);
        }
    }

    /** A real number in [min, max] (use infinities for an open end). */
    public static ToolParameter ofDouble(String name, double defaultValue, double min, double max, String description) {
        return new ToolParameter(name, ParameterType.DOUBLE, defaultValue, min, max, List.of(), description);
    }

    /** An integer in [min, max]. */
    public static ToolParameter ofInt(String name, int defaultValue, int min, int max, String description) {
        return new ToolParameter(name, ParameterType.INT, defaultValue, min, max, List.of(), description);
    }

    /** One of a fixed list of strings. */
    public static ToolParameter ofChoice(String name, String defaultValue, List<String> choices, String description) {
        return new ToolParameter(name, ParameterType.CHOICE, defaultValue, Double.NaN, Double.NaN, choices, description);
    }

    /** Free text. */
    public static ToolParameter ofString(String name, String defaultValue, String description) {
        return new ToolParameter(name, ParameterType.STRING, defaultValue, Double.NaN, Double.NaN, List.of(), description);
    }

    /** True or false. */
    public static ToolParameter ofBool(String name, boolean defaultValue, String description) {
        return new ToolParameter(name, ParameterType.BOOL, defaultValue, Double.NaN, Double.NaN, List.of(), description);
    }

    /**
     * Checks a value of this parameter's Java type.
     *
     * @return the value itself
     * @throws ToolParameterException naming the parameter and the problem
     */
    public Object check(Object value) throws ToolParameterException {
        return verify(name, type, min, max, choices, value);
    }

    /** The checks of {@link #check}, usable in the constructor before the fields are set. */
    private static Object verify(String name, ParameterType type, double min, double max, List<String> choices,
                                 Object value) throws ToolParameterException {
        switch (type) {
            case DOUBLE -> {
                if (!(value instanceof Double d) || !Double.isFinite(d)) {
                    throw problem(name, "must be a finite number, got " + shown(value));
                }
                requireInRange(name, type, min, max, d, value);
            }
            case INT -> {
                if (!(value instanceof Integer i)) {
                    throw problem(name, "must be an integer, got " + shown(value));
                }
                requireInRange(name, type, min, max, i, value);
            }
            case CHOICE -> {
                if (!(value instanceof String s) || !choices.contains(s)) {
                    throw problem(name, "must be one of " + String.join(", ", choices) + ", got " + shown(value));
                }
            }
            case STRING -> {
                if (!(value instanceof String)) {
                    throw problem(name, "must be text, got " + shown(value));
                }
            }
            case BOOL -> {
                if (!(value instanceof Boolean)) {
                    throw problem(name, "must be true or false, got " + shown(value));
                }
            }
            default -> throw new IllegalStateException("unhandled type " + type);
        }
        return value;
    }

    /**
     * Parses text as typed on the command line or in the inspector: plain decimal numbers (no NaN,
     * infinities or hexadecimal), integers, a choice (exact case), any text, true/false.
     *
     * @throws ToolParameterException naming the parameter, the text and the problem
     */
    public Object parse(String text) throws ToolParameterException {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        return switch (type) {
            case DOUBLE -> {
                if (!DECIMAL.matcher(t).matches()) {
                    throw problem("'" + text + "' is not a number");
                }
                yield check(Double.parseDouble(t));
            }
            case INT -> {
                if (!INTEGER.matcher(t).matches()) {
                    throw problem("'" + text + "' is not an integer");
                }
                long value;
                try {
                    value = Long.parseLong(t);
                } catch (NumberFormatException e) {
                    throw problem("'" + text + "' is out of range " + range());
                }
                if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                    throw problem("'" + text + "' is out of range " + range());
                }
                yield check((int) value);
            }
            case CHOICE -> check(t);
            case STRING -> text;
            case BOOL -> {
                if (t.equalsIgnoreCase("true")) {
                    yield Boolean.TRUE;
                }
                if (t.equalsIgnoreCase("false")) {
                    yield Boolean.FALSE;
                }
                throw problem("'" + text + "' is not true or false");
            }
        };
    }

    /**
     * Reads a value from JSON (a session file): numbers for double, integral numbers for int, strings for
     * choice and string, booleans for bool.
     *
     * @throws ToolParameterException naming the parameter and the problem
     */
    public Object fromJson(JsonNode node) throws ToolParameterException {
        Objects.requireNonNull(node, "node");
        return switch (type) {
            case DOUBLE -> {
                if (!node.isNumber()) {
                    throw problem("must be a number, got " + describe(node));
                }
                yield check(node.doubleValue());
            }
            case INT -> {
                if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                    throw problem("must be an integer, got " + describe(node));
                }
                yield check(node.intValue());
            }
            case CHOICE, STRING -> {
                if (!node.isTextual()) {
                    throw problem("must be a string, got " + describe(node));
                }
                yield check(node.textValue());
            }
            case BOOL -> {
                if (!node.isBoolean()) {
                    throw problem("must be true or false, got " + describe(node));
                }
                yield node.booleanValue();
            }
        };
    }

    /** The value as a JSON node (the inverse of {@link #fromJson}). */
    public JsonNode toJson(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (type) {
            case DOUBLE -> f.numberNode((Double) value);
            case INT -> f.numberNode((Integer) value);
            case CHOICE, STRING -> f.textNode((String) value);
            case BOOL -> f.booleanNode((Boolean) value);
        };
    }

    /** The value as text that {@link #parse} reads back to the same value. */
    public String format(Object value) {
        return String.valueOf(value);
    }

    /** The range as "[min, max]" for numbers, the choices for a choice, else the type's label. */
    public String range() {
        return range(type, min, max, choices);
    }

    private static String range(ParameterType type, double min, double max, List<String> choices) {
        return switch (type) {
            case DOUBLE -> "[" + number(min) + ", " + number(max) + "]";
            case INT -> "[" + (long) min + ", " + (long) max + "]";
            case CHOICE -> "{" + String.join(", ", choices) + "}";
            case STRING, BOOL -> type.label();
        };
    }

    private static void requireInRange(String name, ParameterType type, double min, double max, double v, Object value)
            throws ToolParameterException {
        if (v < min || v > max) {
            throw problem(name, "must be in " + range(type, min, max, List.of()) + ", got " + shown(value));
        }
    }

    private ToolParameterException problem(String text) {
        return problem(name, text);
    }

    private static ToolParameterException problem(String name, String text) {
        return new ToolParameterException(name + ": " + text);
    }

    private static String shown(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static String number(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String describe(JsonNode node) {
        String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
        return node.isValueNode() ? kind + " " + node : kind;
    }
}
