package org.dynamicsworkbench.analysis.learning.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reading and atomically writing the small JSON files of a run folder, with errors naming the file. */
final class RunJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long MAX_JSON_BYTES = 16L << 20;

    private RunJson() {
    }

    static void write(Path target, JsonNode node) throws IOException {
        writeText(target, MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node) + "\n");
    }

    static void writeText(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    static JsonNode read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new RunFormatException(file, "missing");
        }
        if (Files.size(file) > MAX_JSON_BYTES) {
            throw new RunFormatException(file, "is larger than " + (MAX_JSON_BYTES >> 20) + " MB");
        }
        try {
            JsonNode node = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw new RunFormatException(file, "must contain a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RunFormatException(file, "malformed JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        }
    }

    static JsonNode field(Path file, JsonNode node, String name) throws RunFormatException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new RunFormatException(file, "missing field '" + name + "'");
        }
        return v;
    }

    static String text(Path file, JsonNode node, String name) throws RunFormatException {
        JsonNode v = field(file, node, name);
        if (!v.isTextual()) {
            throw new RunFormatException(file, "field '" + name + "' must be a string");
        }
        return v.asText();
    }

    static long integer(Path file, JsonNode node, String name) throws RunFormatException {
        JsonNode v = field(file, node, name);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new RunFormatException(file, "field '" + name + "' must be an integer");
        }
        return v.asLong();
    }
}
