package org.dynamicsworkbench.workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionPathsTest {
    @TempDir
    Path dir;

    @Test
    void relativePathsResolveAgainstTheSessionFolder() throws Exception {
        Path session = dir.resolve("s.json");
        assertEquals(dir.resolve("data/x.npy").toAbsolutePath(), SessionPaths.resolveInside(session, "data/x.npy"));
        assertEquals(dir.resolve("x.npy").toAbsolutePath(), SessionPaths.resolveInside(session, "data/../x.npy"));
    }

    @Test
    void climbingOutIsRejected() {
        Path session = dir.resolve("s.json");
        SessionFormatException e = assertThrows(SessionFormatException.class,
                () -> SessionPaths.resolveInside(session, "../x"));
        assertEquals(session + ": path '../x': escapes the session's folder", e.getMessage());
        assertThrows(SessionFormatException.class, () -> SessionPaths.resolveInside(session, "data/../../x"));
    }

    @Test
    void absoluteAndEmptyPathsAreRejected() {
        Path session = dir.resolve("s.json");
        SessionFormatException abs = assertThrows(SessionFormatException.class,
                () -> SessionPaths.resolveInside(session, "/etc/passwd"));
        assertEquals(session + ": path '/etc/passwd': must be relative to the session's folder", abs.getMessage());
        assertThrows(SessionFormatException.class, () -> SessionPaths.resolveInside(session, " "));
    }

    @Test
    void aLinkLeadingOutIsRejected() throws Exception {
        Path inside = Files.createDirectory(dir.resolve("inside"));
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "x");
        Files.createSymbolicLink(inside.resolve("link"), outside);
        Path session = inside.resolve("s.json");
        SessionFormatException e = assertThrows(SessionFormatException.class,
                () -> SessionPaths.resolveInside(session, "link/secret.txt"));
        assertEquals(session + ": path 'link/secret.txt': leads out of the session's folder through a link", e.getMessage());
    }
}
