package org.dynamicsworkbench.workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionAutosaveTest {
    @TempDir
    Path dir;

    private final SessionCodec codec = new SessionCodec(List.of("attractor-explorer"));

    private static Session sample() {
        ObjectNode state = new ObjectMapper().createObjectNode().put("system", "Rossler");
        return Session.of(List.of(new ToolEntry("attractor-explorer", state)), 0)
                .withData(List.of(new DataReference("series", "data/x.csv")));
    }

    @Test
    void nothingPendingWithoutAFile() throws Exception {
        assertEquals(Optional.empty(), new SessionAutosave(dir.resolve("config/a.json"), codec).pending());
    }

    @Test
    void writtenAutosaveIsPendingUntilCleared() throws Exception {
        SessionAutosave autosave = new SessionAutosave(dir.resolve("config/a.json"), codec);
        Instant when = Instant.parse("2025-03-01T10:15:30Z");
        Path original = dir.resolve("work/session.json");
        autosave.write(sample(), original, when);
        SessionAutosave.Recovery recovery = autosave.pending().orElseThrow();
        assertEquals(sample(), recovery.document().session());
        assertEquals(Optional.of(original.toAbsolutePath().normalize()), recovery.sessionFile());
        assertEquals(when, recovery.savedAt());
        // the autosave is a session file in its own right
        assertEquals(sample(), new SessionStore(List.of("attractor-explorer")).read(autosave.file()));
        autosave.clear();
        assertEquals(Optional.empty(), autosave.pending());
    }

    @Test
    void anUntitledSessionHasNoFile() throws Exception {
        SessionAutosave autosave = new SessionAutosave(dir.resolve("a.json"), codec);
        autosave.write(sample(), null, Instant.EPOCH);
        assertEquals(Optional.empty(), autosave.pending().orElseThrow().sessionFile());
    }

    @Test
    void aDamagedAutosaveIsNamedWithItsLine() throws Exception {
        SessionAutosave autosave = new SessionAutosave(dir.resolve("a.json"), codec);
        autosave.write(sample(), null, Instant.EPOCH);
        String text = Files.readString(autosave.file()).replace("1970-01-01T00:00:00Z", "yesterday");
        Files.writeString(autosave.file(), text);
        long line = text.lines().takeWhile(l -> !l.contains("savedAt")).count() + 1;
        SessionFormatException e = assertThrows(SessionFormatException.class, autosave::pending);
        assertEquals(autosave.file() + ": line " + line + ": autosave.savedAt: must be an ISO-8601 instant, got \"yesterday\"",
                e.getMessage());
        assertTrue(line > 1);
    }
}
