package org.dynamicsworkbench.workbench.session;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a {@link Session} into JSON text and back, with the Jackson tree model only. Decoding validates
 * every field and names the source, the place and the problem in a one-line {@link SessionFormatException}.
 * Tool states are opaque here: each tool validates its own. Thread-safe.
 */
public final class SessionCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Set<String> availableTools;

    /** @param availableTools ids of the tools this workbench can open; any other id is rejected */
    public SessionCodec(Collection<String> availableTools) {
        this.availableTools = Set.copyOf(availableTools);
    }

    /** Pretty-printed JSON of the session, ending with a newline. */
    public String encode(Session session) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Session.FORMAT);
        root.put("version", session.version());
        root.put("selectedTool", session.selectedTool());
        ArrayNode tools = root.putArray("tools");
        for (ToolEntry entry : session.tools()) {
            ObjectNode tool = tools.addObject();
            tool.put("tool", entry.toolId());
            tool.set("state", entry.stateView().deepCopy());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    /**
     * Parses and validates a session.
     *
     * @param source how the text is named in error messages (usually the file path as the user gave it)
     */
    public Session decode(String json, String source) throws SessionFormatException {
        JsonNode root = parse(json, source);
        if (!root.isObject()) {
            throw error(source, "top level", "must be a JSON object, got " + describe(root));
        }
        JsonNode format = root.get("format");
        if (format == null) {
            throw error(source, "format", "missing (expected \"" + Session.FORMAT + "\"); is this a session file?");
        }
        if (!format.isTextual() || !Session.FORMAT.equals(format.textValue())) {
            throw error(source, "format", "expected \"" + Session.FORMAT + "\", got " + describe(format));
        }
        int version = readVersion(root.get("version"), source);
        JsonNode toolsNode = root.get("tools");
        if (toolsNode == null) {
            throw error(source, "tools", "missing (expected an array of tools)");
        }
        if (!toolsNode.isArray()) {
            throw error(source, "tools", "must be an array, got " + describe(toolsNode));
        }
        List<ToolEntry> tools = new ArrayList<>(toolsNode.size());
        for (int i = 0; i < toolsNode.size(); i++) {
            tools.add(readTool(toolsNode.get(i), "tools[" + i + "]", source));
        }
        int selected = readSelected(root.get("selectedTool"), tools.size(), source);
        return new Session(version, tools, selected);
    }

    private static JsonNode parse(String json, String source) throws SessionFormatException {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new SessionFormatException(source + ": empty file (expected a JSON session)");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            String detail = firstLine(e.getOriginalMessage());
            throw new SessionFormatException(source + ": " + where + "invalid JSON: " + detail, e);
        }
    }

    private static int readVersion(JsonNode node, String source) throws SessionFormatException {
        if (node == null) {
            throw error(source, "version", "missing (expected an integer, at most " + Session.CURRENT_VERSION + ")");
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw error(source, "version", "must be an integer, got " + describe(node));
        }
        int version = node.intValue();
        if (version < 1) {
            throw error(source, "version", "must be at least 1, got " + version);
        }
        if (version > Session.CURRENT_VERSION) {
            throw error(source, "version", version + " was written by a newer version of Dynamics Workbench"
                    + " (this one reads versions up to " + Session.CURRENT_VERSION + ")");
        }
        return version;
    }

    private ToolEntry readTool(JsonNode node, String path, String source) throws SessionFormatException {
        if (!node.isObject()) {
            throw error(source, path, "must be an object with \"tool\" and \"state\", got " + describe(node));
        }
        JsonNode id = node.get("tool");
        if (id == null) {
            throw error(source, path + ".tool", "missing (expected a tool id)");
        }
        if (!id.isTextual()) {
            throw error(source, path + ".tool", "must be a string, got " + describe(id));
        }
        if (!availableTools.contains(id.textValue())) {
            throw error(source, path + ".tool", "unknown tool '" + id.textValue() + "' (available: "
                    + String.join(", ", new TreeSet<>(availableTools)) + ")");
        }
        JsonNode state = node.get("state");
        if (state == null) {
            throw error(source, path + ".state", "missing (expected an object)");
        }
        if (!state.isObject()) {
            throw error(source, path + ".state", "must be an object, got " + describe(state));
        }
        return new ToolEntry(id.textValue(), (ObjectNode) state);
    }

    private static int readSelected(JsonNode node, int toolCount, String source) throws SessionFormatException {
        if (node == null) {
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw error(source, "selectedTool", "must be an integer, got " + describe(node));
        }
        int selected = node.intValue();
        if (toolCount == 0 ? selected != 0 : selected < 0 || selected >= toolCount) {
            throw error(source, "selectedTool", selected + " is out of range (the session has " + toolCount
                    + (toolCount == 1 ? " tool)" : " tools)"));
        }
        return selected;
    }

    private static SessionFormatException error(String source, String path, String problem) {
        return new SessionFormatException(source + ": " + path + ": " + problem);
    }

    /** A short description of a JSON value for error messages: its kind and, when short, the value itself. */
    static String describe(JsonNode node) {
        String kind = node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        if (node.isValueNode()) {
            String text = node.toString();
            return kind + " " + (text.length() > 40 ? text.substring(0, 37) + "..." : text);
        }
        return kind.equals("object") ? "an object" : kind.equals("array") ? "an array" : kind;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
