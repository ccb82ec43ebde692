package org.dynamicsworkbench.workbench.session;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A data file or run folder a session refers to (session version 2): a name tools use to find it and its
 * path relative to the session file's folder, with '/' separators. The constructor accepts only relative
 * paths that stay inside that folder; {@link #resolve} also refuses links that lead out.
 *
 * @param name an identifier: a letter, then letters, digits, '_', '-' or '.'
 * @param path relative, '/'-separated, without {@code ..} that climbs out
 */
public record DataReference(String name, String path) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Path PROBE = Path.of("/probe");

    public DataReference {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name '" + name + "' must be a letter followed by letters, digits,"
                    + " '_', '-' or '.'");
        }
        String problem = pathProblem(path);
        if (problem != null) {
            throw new IllegalArgumentException("path '" + path + "': " + problem);
        }
    }

    /** Why {@code path} cannot be a session's relative path, or null when it can. */
    static String pathProblem(String path) {
        if (path.isBlank()) {
            return "must not be empty";
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
            return "must be relative to the session's folder, with '/' separators";
        }
        Path given;
        try {
            given = Path.of(path);
        } catch (InvalidPathException e) {
            return "not a valid path (" + e.getReason() + ")";
        }
        if (given.isAbsolute()) {
            return "must be relative to the session's folder";
        }
        Path resolved = PROBE.resolve(given).normalize();
        if (!resolved.startsWith(PROBE) || resolved.equals(PROBE)) {
            return "escapes the session's folder";
        }
        return null;
    }

    /** The absolute path inside {@code sessionFile}'s folder (links that lead out are refused). */
    public Path resolve(Path sessionFile) throws SessionFormatException {
        return SessionPaths.resolveInside(sessionFile, path);
    }
}
