package org.dynamicsworkbench.plugins.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * Writes a tool's state as plain JSON and reads it back strictly (unknown fields, wrong types and values out of range
 * are errors naming the field).
 *
 * @param <S> the tool's state
 */
public interface StateCodec<S> {

    /** The state as a JSON object. */
    ObjectNode write(S state);

    /** Reads a state written by {@link #write}; throws naming the field when {@code node} is malformed. */
    S read(JsonNode node) throws ToolStateException;
}
