package org.dynamicsworkbench.workbench.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Resolves a path written inside a session (a data file, a run folder) against the session file's folder.
 * Only relative paths that stay inside that folder are accepted: absolute paths, {@code ..} that climbs
 * out, and symbolic links that lead out are rejected, so a session cannot point at arbitrary files.
 */
public final class SessionPaths {
    private SessionPaths() {
    }

    /**
     * @param sessionFile the session file (its folder is the base)
     * @param relative    the path as written in the session, with '/' separators
     * @return the absolute, normalised path inside the session's folder
     * @throws SessionFormatException naming the path and why it is refused
     */
    public static Path resolveInside(Path sessionFile, String relative) throws SessionFormatException {
        Path base = sessionFile.toAbsolutePath().normalize().getParent();
        String where = sessionFile + ": path '" + relative + "'";
        if (relative == null || relative.isBlank()) {
            throw new SessionFormatException(where + ": must not be empty");
        }
        Path given;
        try {
            given = Path.of(relative);
        } catch (InvalidPathException e) {
            throw new SessionFormatException(where + ": not a valid path (" + e.getReason() + ")", e);
        }
        if (given.isAbsolute() || relative.startsWith("/") || relative.startsWith("\\")) {
            throw new SessionFormatException(where + ": must be relative to the session's folder");
        }
        Path resolved = base.resolve(given).normalize();
        if (!resolved.startsWith(base)) {
            throw new SessionFormatException(where + ": escapes the session's folder");
        }
        if (Files.exists(resolved)) {
            try {
                if (!resolved.toRealPath().startsWith(base.toRealPath())) {
                    throw new SessionFormatException(where + ": leads out of the session's folder through a link");
                }
            } catch (IOException e) {
                throw new SessionFormatException(where + ": cannot be resolved (" + e.getMessage() + ")", e);
            }
        }
        return resolved;
    }
}
