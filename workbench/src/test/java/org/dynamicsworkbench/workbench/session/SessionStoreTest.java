package org.dynamicsworkbench.workbench.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {
    @TempDir
    Path dir;

    private final SessionStore store = new SessionStore(List.of("attractor-explorer"));

    private static Session sample(double rho) {
        ObjectNode state = new ObjectMapper().createObjectNode().put("system", "Lorenz").put("rho", rho);
        return Session.of(List.of(new ToolEntry("attractor-explorer", state)), 0);
    }

    @Test
    void writeThenReadGivesTheSameSessionAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("a.json");
        store.write(sample(28.0), file);
        store.write(sample(30.0), file);
        assertEquals(sample(30.0), store.read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file, SessionStore.backupOf(file)), files.sorted().toList());
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("keep.json");
        store.write(sample(28.0), file);
        byte[] before = Files.readAllBytes(file);
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write("{\"format\": \"dynamics-wor".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void writingIntoAMissingFolderFailsWithoutCreatingIt() {
        Path file = dir.resolve("missing/a.json");
        assertThrows(NoSuchFileException.class, () -> store.write(sample(28.0), file));
        assertTrue(Files.notExists(dir.resolve("missing")));
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nope.json");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> store.read(file));
        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void folderIsNotASession() {
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> store.read(dir));
        assertEquals(dir + ": not a regular file", e.getMessage());
    }

    @Test
    void oversizedFileIsRejectedBeforeReading() throws Exception {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(SessionStore.MAX_BYTES + 1); // sparse: nothing is written or read
        }
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> store.read(file));
        assertEquals(file + ": file is " + (SessionStore.MAX_BYTES + 1) + " bytes; sessions are limited to "
                + SessionStore.MAX_BYTES + " bytes", e.getMessage());
    }

    @Test
    void nonUtf8IsRejected() throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> store.read(file));
        assertEquals(file + ": not UTF-8 text", e.getMessage());
    }

    @Test
    void unknownToolInAFileNamesTheFile() throws Exception {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "{\"format\":\"dynamics-workbench-session\",\"version\":1,\"tools\":["
                + "{\"tool\":\"attractor-explorer\",\"state\":{}},{\"tool\":\"koopmann\",\"state\":{}}]}");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> store.read(file));
        assertEquals(file + ": line 1: tools[1].tool: unknown tool 'koopmann' (available: attractor-explorer)", e.getMessage());
    }

    @Test
    void everySaveKeepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("b.json");
        store.write(sample(28.0), file);
        assertTrue(Files.notExists(SessionStore.backupOf(file)), "nothing to back up on the first save");
        store.write(sample(30.0), file);
        assertEquals(dir.resolve("b.json.bak"), SessionStore.backupOf(file));
        assertEquals(sample(28.0), store.read(SessionStore.backupOf(file)));
        store.write(sample(35.0), file);
        assertEquals(sample(30.0), store.read(SessionStore.backupOf(file)));
        assertEquals(sample(35.0), store.read(file));
    }

    @Test
    void aVersionOneFileKeepsItsOriginalAsBackupWhenSavedAsVersionTwo() throws Exception {
        Path file = dir.resolve("v1.json");
        String v1 = "{\"format\":\"dynamics-workbench-session\",\"version\":1,\"tools\":"
                + "[{\"tool\":\"attractor-explorer\",\"state\":{\"system\":\"Lorenz\"}}]}";
        Files.writeString(file, v1);
        SessionDocument document = store.readDocument(file);
        assertEquals(1, document.fileVersion());
        store.write(document.session(), file);
        assertEquals(v1, Files.readString(SessionStore.backupOf(file)));
        assertEquals(2, store.readDocument(file).fileVersion());
        assertEquals(document.session(), store.read(file));
    }
}
