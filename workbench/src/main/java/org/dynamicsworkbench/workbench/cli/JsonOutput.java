package org.dynamicsworkbench.workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/** Builds and prints the JSON that commands write with {@code --json} (Jackson tree model). */
final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Adds a number, or null when it is not finite (JSON has no NaN). */
    static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    static ArrayNode numbers(double[] values) {
        ArrayNode array = MAPPER.createArrayNode();
        for (double v : values) {
            if (Double.isFinite(v)) {
                array.add(v);
            } else {
                array.addNull();
            }
        }
        return array;
    }

    /** The run's parameters as an object of name: value, in the system's order. */
    static ObjectNode parameters(RunSpec run) {
        ObjectNode params = MAPPER.createObjectNode();
        double[] values = run.parameters();
        for (int i = 0; i < values.length; i++) {
            params.put(run.system().parameterNames().get(i), values[i]);
        }
        return params;
    }

    static void print(PrintWriter out, JsonNode node) {
        try {
            out.println(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
        out.flush();
    }

    /** The indented JSON text of {@code node}, ending with a newline. */
    static String toText(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }
}
