package org.dynamicsworkbench.plugins.alrnn;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * Where a run folder named in a saved state lies: an absolute path as it is, a relative one against the session's
 * folder, which it must not climb out of (a session cannot point at arbitrary folders through {@code ..}).
 */
final class RunLocation {
    private RunLocation() {
    }

    /**
     * @param written the run as written in the state
     * @param folder  the session's folder (the working folder for an untitled session)
     * @throws ToolStateException naming "run" and the problem
     */
    static Path resolve(String written, Path folder) throws ToolStateException {
        Path given;
        try {
            given = Path.of(written);
        } catch (InvalidPathException e) {
            throw new ToolStateException("run: '" + written + "' is not a valid path (" + e.getReason() + ")");
        }
        if (given.isAbsolute()) {
            return given.normalize();
        }
        Path base = folder.toAbsolutePath().normalize();
        Path resolved = base.resolve(given).normalize();
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw new ToolStateException("run: '" + written + "' escapes the session's folder " + base);
        }
        return resolved;
    }

    /** How to write {@code run} in a session in {@code folder}: relative when it lies inside, else absolute. */
    static String written(Path run, Path folder) {
        Path base = folder.toAbsolutePath().normalize();
        Path absolute = run.toAbsolutePath().normalize();
        return absolute.startsWith(base) && !absolute.equals(base)
                ? base.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
