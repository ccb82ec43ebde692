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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a {@link Session} into JSON text and back, with the Jackson tree model only. Decoding validates
 * every field and names the source, the line, the field and the problem in a one-line
 * {@link SessionFormatException}; older versions are migrated first ({@link SessionMigration}).
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

    /** Pretty-printed JSON of the session (always the current version), ending with a newline. */
    public String encode(Session session) {
        try {
            return MAPPER.writeValueAsString(toTree(session)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    /** The session as a JSON tree of the current version. */
    public ObjectNode toTree(Session session) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Session.FORMAT);
        root.put("version", Session.CURRENT_VERSION);
        root.put("selectedTool", session.selectedTool());
        ArrayNode tools = root.putArray("tools");
        for (ToolEntry entry : session.tools()) {
            ObjectNode tool = tools.addObject();
            tool.put("tool", entry.toolId());
            tool.set("state", entry.stateView().deepCopy());
        }
        ArrayNode data = root.putArray("data");
        for (DataReference ref : session.data()) {
            data.addObject().put("name", ref.name()).put("path", ref.path());
        }
        return root;
    }

    /**
     * Parses and validates a session.
     *
     * @param source how the text is named in error messages (usually the file path as the user gave it)
     */
    public Session decode(String json, String source) throws SessionFormatException {
        return read(json, source).session();
    }

    /**
     * Parses, migrates (older versions) and validates a session, keeping where each field stands in the
     * text. Every problem names the source, the line, the field and what is wrong.
     */
    public SessionDocument read(String json, String source) throws SessionFormatException {
        JsonNode root = parse(json, source);
        JsonLocations lines = JsonLocations.of(json);
        if (!root.isObject()) {
            throw error(source, lines, "", "top level: must be a JSON object, got " + describe(root));
        }
        JsonNode format = root.get("format");
        if (format == null) {
            throw error(source, lines, "format", "missing (expected \"" + Session.FORMAT + "\"); is this a session file?");
        }
        if (!format.isTextual() || !Session.FORMAT.equals(format.textValue())) {
            throw error(source, lines, "format", "expected \"" + Session.FORMAT + "\", got " + describe(format));
        }
        int version = readVersion(root.get("version"), source, lines);
        SessionMigration.toCurrent((ObjectNode) root, version);
        JsonNode toolsNode = root.get("tools");
        if (toolsNode == null) {
            throw error(source, lines, "tools", "missing (expected an array of tools)");
        }
        if (!toolsNode.isArray()) {
            throw error(source, lines, "tools", "must be an array, got " + describe(toolsNode));
        }
        List<ToolEntry> tools = new ArrayList<>(toolsNode.size());
        for (int i = 0; i < toolsNode.size(); i++) {
            tools.add(readTool(toolsNode.get(i), "tools[" + i + "]", source, lines));
        }
        int selected = readSelected(root.get("selectedTool"), tools.size(), source, lines);
        List<DataReference> data = readData(root.get("data"), source, lines);
        return new SessionDocument(new Session(tools, selected, data), source, version, lines);
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

    private static int readVersion(JsonNode node, String source, JsonLocations lines) throws SessionFormatException {
        if (node == null) {
            throw error(source, lines, "version", "missing (expected an integer, at most " + Session.CURRENT_VERSION + ")");
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw error(source, lines, "version", "must be an integer, got " + describe(node));
        }
        int version = node.intValue();
        if (version < 1) {
            throw error(source, lines, "version", "must be at least 1, got " + version);
        }
        if (version > Session.CURRENT_VERSION) {
            throw error(source, lines, "version", version + " was written by a newer version of Dynamics Workbench"
                    + " (this one reads versions up to " + Session.CURRENT_VERSION + ")");
        }
        return version;
    }

    private ToolEntry readTool(JsonNode node, String path, String source, JsonLocations lines)
            throws SessionFormatException {
        if (!node.isObject()) {
            throw error(source, lines, path, "must be an object with \"tool\" and \"state\", got " + describe(node));
        }
        JsonNode id = node.get("tool");
        if (id == null) {
            throw error(source, lines, path + ".tool", "missing (expected a tool id)");
        }
        if (!id.isTextual()) {
            throw error(source, lines, path + ".tool", "must be a string, got " + describe(id));
        }
        if (!availableTools.contains(id.textValue())) {
            throw error(source, lines, path + ".tool", "unknown tool '" + id.textValue() + "' (available: "
                    + String.join(", ", new TreeSet<>(availableTools)) + ")");
        }
        JsonNode state = node.get("state");
        if (state == null) {
            throw error(source, lines, path + ".state", "missing (expected an object)");
        }
        if (!state.isObject()) {
            throw error(source, lines, path + ".state", "must be an object, got " + describe(state));
        }
        return new ToolEntry(id.textValue(), (ObjectNode) state);
    }

    private static int readSelected(JsonNode node, int toolCount, String source, JsonLocations lines)
            throws SessionFormatException {
        if (node == null) {
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw error(source, lines, "selectedTool", "must be an integer, got " + describe(node));
        }
        int selected = node.intValue();
        if (toolCount == 0 ? selected != 0 : selected < 0 || selected >= toolCount) {
            throw error(source, lines, "selectedTool", selected + " is out of range (the session has " + toolCount
                    + (toolCount == 1 ? " tool)" : " tools)"));
        }
        return selected;
    }

    private static List<DataReference> readData(JsonNode node, String source, JsonLocations lines)
            throws SessionFormatException {
        if (node == null) {
            throw error(source, lines, "data", "missing (expected an array of data references)");
        }
        if (!node.isArray()) {
            throw error(source, lines, "data", "must be an array, got " + describe(node));
        }
        List<DataReference> refs = new ArrayList<>(node.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "data[" + i + "]";
            JsonNode ref = node.get(i);
            if (!ref.isObject()) {
                throw error(source, lines, path, "must be an object with \"name\" and \"path\", got " + describe(ref));
            }
            String name = requireText(ref, "name", path, source, lines);
            String relative = requireText(ref, "path", path, source, lines);
            String pathProblem = DataReference.pathProblem(relative);
            if (pathProblem != null) {
                throw error(source, lines, path + ".path", "'" + relative + "' " + pathProblem);
            }
            try {
                refs.add(new DataReference(name, relative));
            } catch (IllegalArgumentException e) {
                throw error(source, lines, path + ".name", e.getMessage());
            }
            if (!names.add(name)) {
                throw error(source, lines, path + ".name", "'" + name + "' is used by an earlier data reference");
            }
        }
        return refs;
    }

    private static String requireText(JsonNode object, String field, String path, String source, JsonLocations lines)
            throws SessionFormatException {
        JsonNode value = object.get(field);
        if (value == null) {
            throw error(source, lines, path + "." + field, "missing (expected a string)");
        }
        if (!value.isTextual()) {
            throw error(source, lines, path + "." + field, "must be a string, got " + describe(value));
        }
        return value.textValue();
    }

    /** {@code "<source>: line <n>: <path>: <problem>"}; the root's problems carry their own label. */
    static SessionFormatException error(String source, JsonLocations lines, String path, String problem) {
        String where = source + ": line " + lines.lineOf(path) + ": ";
        return new SessionFormatException(where + (path.isEmpty() ? problem : path + ": " + problem));
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
