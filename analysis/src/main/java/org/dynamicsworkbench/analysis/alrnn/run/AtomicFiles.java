package org.dynamicsworkbench.analysis.alrnn.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Whole-file text writes through a temporary file in the same folder and an atomic move; JSON reads. */
final class AtomicFiles {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AtomicFiles() {
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

    static void writeJson(Path target, JsonNode node) throws IOException {
        writeText(target, JSON.writeValueAsString(node) + "\n");
    }

    static JsonNode readJson(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new RunFormatException(file, "missing");
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RunFormatException(file, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    static JsonNode field(Path file, JsonNode node, String name) throws RunFormatException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new RunFormatException(file, "missing field '" + name + "'");
        }
        return v;
    }

    static double number(Path file, JsonNode node, String name) throws RunFormatException {
        JsonNode v = field(file, node, name);
        if (!v.isNumber()) {
            throw new RunFormatException(file, "field '" + name + "' must be a number, got " + v);
        }
        return v.doubleValue();
    }

    static long integer(Path file, JsonNode node, String name) throws RunFormatException {
        JsonNode v = field(file, node, name);
        if (!v.isIntegralNumber()) {
            throw new RunFormatException(file, "field '" + name + "' must be an integer, got " + v);
        }
        return v.longValue();
    }

    static String text(Path file, JsonNode node, String name) throws RunFormatException {
        JsonNode v = field(file, node, name);
        if (!v.isTextual()) {
            throw new RunFormatException(file, "field '" + name + "' must be a string, got " + v);
        }
        return v.textValue();
    }

    static boolean bool(Path file, JsonNode node, String name) throws RunFormatException {
        JsonNode v = field(file, node, name);
        if (!v.isBoolean()) {
            throw new RunFormatException(file, "field '" + name + "' must be true or false, got " + v);
        }
        return v.booleanValue();
    }
}
