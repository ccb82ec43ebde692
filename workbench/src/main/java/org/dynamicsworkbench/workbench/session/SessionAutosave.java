package org.dynamicsworkbench.workbench.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The autosave of a session with unsaved changes: one session file (written atomically, readable like any
 * other) whose extra top-level {@code "autosave"} object records when it was written and which session
 * file, if any, the changes belong to. The window writes it periodically while the session is unsaved and
 * clears it when the session is saved, discarded or the window closes normally; finding it at start means
 * the last run ended without that, and the window offers to recover it.
 */
public final class SessionAutosave {
    /** The autosave's name inside the configuration folder. */
    public static final String FILE_NAME = "autosave.session.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final SessionCodec codec;

    /**
     * @param file  where the autosave lives (its folder is created on the first write)
     * @param codec the codec of the installed tools
     */
    public SessionAutosave(Path file, SessionCodec codec) {
        this.file = Objects.requireNonNull(file, "file");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** The autosave in the user's {@link ConfigFolder}. */
    public static SessionAutosave inUserConfig(SessionCodec codec) {
        return new SessionAutosave(ConfigFolder.user().resolve(FILE_NAME), codec);
    }

    public Path file() {
        return file;
    }

    /**
     * An autosaved session waiting to be recovered: the session as read (with its lines, for messages about a
     * tool's state), the file it belongs to, and when it was written.
     */
    public record Recovery(SessionDocument document, Optional<Path> sessionFile, Instant savedAt) {
        public Recovery {
            Objects.requireNonNull(document);
            Objects.requireNonNull(sessionFile);
            Objects.requireNonNull(savedAt);
        }
    }

    /**
     * Writes {@code session} as the autosave (atomically, replacing the previous one).
     *
     * @param sessionFile the file the session was opened from or last saved to, or null when untitled
     */
    public void write(Session session, Path sessionFile, Instant savedAt) throws IOException {
        ObjectNode root = codec.toTree(session);
        ObjectNode about = root.putObject("autosave");
        about.put("savedAt", savedAt.toString());
        if (sessionFile == null) {
            about.putNull("sessionFile");
        } else {
            about.put("sessionFile", sessionFile.toAbsolutePath().normalize().toString());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFileWriter.write(file, (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The autosave left by a run that did not end normally, if any.
     *
     * @throws SessionFormatException when the autosave exists but cannot be used (named with line and field)
     */
    public Optional<Recovery> pending() throws SessionFormatException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String name = file.toString();
        String text = SessionStore.readText(file, name, SessionStore.MAX_BYTES);
        SessionDocument document = codec.read(text, name);
        JsonNode about;
        try {
            about = MAPPER.readTree(text).get("autosave");
        } catch (IOException e) {
            throw new SessionFormatException(name + ": cannot be read again (" + e.getMessage() + ")", e);
        }
        if (about == null || !about.isObject()) {
            throw document.problem("autosave", "missing (expected an object with savedAt and sessionFile)");
        }
        JsonNode savedAt = about.get("savedAt");
        Instant when;
        try {
            when = Instant.parse(savedAt == null ? "" : savedAt.asText());
        } catch (DateTimeParseException e) {
            throw document.problem("autosave.savedAt", "must be an ISO-8601 instant, got " + savedAt);
        }
        JsonNode original = about.get("sessionFile");
        Optional<Path> sessionFile = Optional.empty();
        if (original != null && !original.isNull()) {
            try {
                Path p = Path.of(original.asText());
                if (!original.isTextual() || !p.isAbsolute()) {
                    throw document.problem("autosave.sessionFile", "must be an absolute path or null, got " + original);
                }
                sessionFile = Optional.of(p);
            } catch (InvalidPathException e) {
                throw document.problem("autosave.sessionFile", "not a valid path (" + e.getReason() + ")");
            }
        }
        return Optional.of(new Recovery(document, sessionFile, when));
    }

    /** Removes the autosave (nothing to recover any more). */
    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }
}
