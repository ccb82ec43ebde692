package org.dynamicsworkbench.workbench.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each value of a JSON text starts, by path ({@code tools[1].state.dt}; the root is the
 * empty path), recorded by one pass of a streaming {@link JsonParser} over text already known to be valid.
 * For an object's field the line is that of its name. A path that is absent (a missing field) takes the
 * line of its nearest present ancestor, so every semantic error can name a line. Immutable.
 */
final class JsonLocations {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final Map<String, Integer> lines;

    private JsonLocations(Map<String, Integer> lines) {
        this.lines = Map.copyOf(lines);
    }

    /** Indexes {@code json}, which must be valid JSON (a parse error here is a programming error). */
    static JsonLocations of(String json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != null) {
                walk(parser, "", lines);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("indexing JSON that failed to parse", e);
        }
        return new JsonLocations(lines);
    }

    /** The 1-based line of {@code path}, or of its nearest present ancestor; 1 when nothing matches. */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = parent(p);
        }
    }

    /** The path one level up: {@code a.b[2]} -> {@code a.b}, {@code a.b} -> {@code a}, {@code a} -> "". */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Records the value starting at the parser's current token and everything inside it. */
    private static void walk(JsonParser parser, String path, Map<String, Integer> lines) throws IOException {
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = path.isEmpty() ? name : path + "." + name;
                lines.putIfAbsent(child, parser.currentTokenLocation().getLineNr());
                parser.nextToken();
                walk(parser, child, lines);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                walk(parser, path + "[" + index + "]", lines);
                index++;
            }
        }
    }
}
