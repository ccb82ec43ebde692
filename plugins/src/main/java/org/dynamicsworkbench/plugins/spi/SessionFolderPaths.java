package org.dynamicsworkbench.plugins.spi;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The rule for a path a tool state names (a data file, a run folder), shared by every tool: an absolute path is
 * used as it is (the user chose it); a relative one resolves against the session's folder, which it must not climb
 * out of through {@code ..}, so a session cannot reach arbitrary files by a relative path. A state that has no
 * session folder (a {@code null} folder) keeps its relative paths relative to the working folder, under the same
 * rule. When a state is written, a path inside the session's folder is written relative to it, any other absolute.
 */
public final class SessionFolderPaths {
    private SessionFolderPaths() {
    }

    /**
     * @param written the path as written in the state
     * @param folder  the session's folder, or {@code null} when there is none (relative paths stay relative)
     * @param field   the field's path for messages, e.g. "run" or "state.series[0].file"
     * @return the absolute, normalised path (normalised and still relative when {@code folder} is {@code null})
     * @throws ToolStateException naming {@code field} and the problem: not a path, or a relative path that escapes
     */
    public static Path resolve(String written, Path folder, String field) throws ToolStateException {
        Path given;
        try {
            given = Path.of(written);
        } catch (InvalidPathException e) {
            throw new ToolStateException(field + ": '" + written + "' is not a valid path (" + e.getReason() + ")");
        }
        if (given.isAbsolute()) {
            return given.normalize();
        }
        if (folder == null) {
            Path relative = given.normalize();
            if (relative.startsWith("..") || relative.toString().isEmpty()) {
                throw new ToolStateException(field + ": '" + written + "' escapes the working folder");
            }
            return relative;
        }
        Path base = folder.toAbsolutePath().normalize();
        Path resolved = base.resolve(given).normalize();
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw new ToolStateException(field + ": '" + written + "' escapes the session's folder " + base);
        }
        return resolved;
    }

    /**
     * How to write {@code path} in a state saved in {@code folder}: relative (with '/' separators) when it lies
     * inside it, else absolute. With a {@code null} folder the path is written as it is.
     */
    public static String written(Path path, Path folder) {
        if (folder == null) {
            return path.toString();
        }
        Path base = folder.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) && !absolute.equals(base)
                ? base.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
