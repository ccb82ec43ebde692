package org.dynamicsworkbench.workbench.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks an output path before any work is done: a supported extension and an existing folder. The
 * writers themselves are atomic, so a failure later leaves no partial file either.
 */
final class OutputFile {
    private OutputFile() {
    }

    /**
     * @param option     the option name for messages, e.g. "--out"
     * @param extensions accepted extensions with the dot, lower case, e.g. ".csv"
     * @return the path, as given
     */
    static Path check(String option, String text, List<String> extensions) {
        String input = option + " " + text;
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            throw new InputException(input, "not a valid path (" + e.getReason() + ")", e);
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (extensions.stream().noneMatch(ext -> name.endsWith(ext) && name.length() > ext.length())) {
            throw new InputException(input, "unsupported file type (use " + String.join(" or ", extensions) + ")");
        }
        Path folder = path.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputException(input, "folder " + folder + " does not exist");
        }
        if (Files.isDirectory(path)) {
            throw new InputException(input, "is a folder");
        }
        return path;
    }
}
