package org.dynamicsworkbench.workbench.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One open tool in a session: the tool's id and its saved state (a JSON object owned by the tool).
 * Immutable: the state is deep-copied in and out.
 */
public final class ToolEntry {
    private final String toolId;
    private final ObjectNode state;

    public ToolEntry(String toolId, ObjectNode state) {
        if (toolId == null || toolId.isBlank()) {
            throw new IllegalArgumentException("tool id must not be blank");
        }
        this.toolId = toolId;
        this.state = Objects.requireNonNull(state, "state").deepCopy();
    }

    public String toolId() {
        return toolId;
    }

    /** A copy of the tool's state. */
    public ObjectNode state() {
        return state.deepCopy();
    }

    /** Read-only view used by the codec to avoid a second copy. */
    JsonNode stateView() {
        return state;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ToolEntry other && toolId.equals(other.toolId) && state.equals(other.state);
    }

    @Override
    public int hashCode() {
        return Objects.hash(toolId, state);
    }

    @Override
    public String toString() {
        return "ToolEntry[" + toolId + "]";
    }
}
