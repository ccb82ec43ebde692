package org.dynamicsworkbench.plugins.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A complete, valid assignment of values to a tool's declared parameters, in declaration order. Built from
 * the defaults and changed only through checked copies ({@link #with}, {@link #withText}, {@link #fromJson}),
 * so a value of this type always satisfies every parameter's type and range. Immutable.
 */
public final class ToolParameterValues {
    private final List<ToolParameter> parameters;
    private final Map<String, Object> values;

    private ToolParameterValues(List<ToolParameter> parameters, Map<String, Object> values) {
        this.parameters = parameters;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Every parameter at its default.
     *
     * @throws IllegalArgumentException if two parameters share a name
     */
    public static ToolParameterValues defaults(List<ToolParameter> parameters) {
        List<ToolParameter> list = List.copyOf(parameters);
        Map<String, Object> values = new LinkedHashMap<>();
        for (ToolParameter p : list) {
            if (values.put(p.name(), p.defaultValue()) != null) {
                throw new IllegalArgumentException("two parameters are named '" + p.name() + "'");
            }
        }
        return new ToolParameterValues(list, values);
    }

    /**
     * The defaults overridden by the values in a JSON object (a session's "parameters"); names it does not
     * mention keep their defaults.
     *
     * @throws ToolParameterException for an unknown name or a value of the wrong type or range
     */
    public static ToolParameterValues fromJson(List<ToolParameter> parameters, JsonNode object)
            throws ToolParameterException {
        ToolParameterValues result = defaults(parameters);
        if (!object.isObject()) {
            throw new ToolParameterException("parameters: must be an object, got " + object.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, Object> values = new LinkedHashMap<>(result.values);
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            values.put(field.getKey(), result.require(field.getKey()).fromJson(field.getValue()));
        }
        return new ToolParameterValues(result.parameters, values);
    }

    /**
     * A copy with the named values parsed from text (e.g. {@code --param epsilon=0.2}).
     *
     * @throws ToolParameterException for an unknown name or unusable text
     */
    public ToolParameterValues withText(Map<String, String> texts) throws ToolParameterException {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        for (Map.Entry<String, String> e : texts.entrySet()) {
            copy.put(e.getKey(), require(e.getKey()).parse(e.getValue()));
        }
        return new ToolParameterValues(parameters, copy);
    }

    /**
     * A copy with one value replaced.
     *
     * @throws ToolParameterException for an unknown name or a value of the wrong type or range
     */
    public ToolParameterValues with(String name, Object value) throws ToolParameterException {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, require(name).check(value));
        return new ToolParameterValues(parameters, copy);
    }

    /** The declarations, in order. */
    public List<ToolParameter> parameters() {
        return parameters;
    }

    /** Name to value (Double, Integer, String or Boolean), in declaration order; unmodifiable. */
    public Map<String, Object> asMap() {
        return values;
    }

    public Object get(String name) {
        requireKnown(name);
        return values.get(name);
    }

    public double getDouble(String name) {
        return ((Number) get(name)).doubleValue();
    }

    public int getInt(String name) {
        return (Integer) get(name);
    }

    public String getString(String name) {
        return (String) get(name);
    }

    public boolean getBool(String name) {
        return (Boolean) get(name);
    }

    /** Every value as a JSON object of name: value, in declaration order. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (ToolParameter p : parameters) {
            node.set(p.name(), p.toJson(values.get(p.name())));
        }
        return node;
    }

    private ToolParameter require(String name) throws ToolParameterException {
        for (ToolParameter p : parameters) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new ToolParameterException(name + ": unknown parameter (" + known() + ")");
    }

    private void requireKnown(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException(name + ": unknown parameter (" + known() + ")");
        }
    }

    private String known() {
        if (parameters.isEmpty()) {
            return "this tool has no parameters";
        }
        List<String> names = new ArrayList<>(new TreeSet<>(values.keySet()));
        return "known: " + String.join(", ", names);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ToolParameterValues other && parameters.equals(other.parameters)
                && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
