package org.dynamicsworkbench.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.dynamicsworkbench.workbench.tools.InstalledTools;

/**
 * The {@code --plugins DIR} option of the commands that use tools: the built-in tools plus those of the
 * jars in DIR. A folder that does not exist is bad input; a jar that is skipped (it throws at load, or its
 * tool's id is taken) is a one-line warning on stderr, and the command goes on without it.
 */
final class PluginsOption {
    private PluginsOption() {
    }

    /** @param folder the option's value, or null for the built-in tools only */
    static InstalledTools load(String folder, PrintWriter err) {
        if (folder == null) {
            return InstalledTools.load();
        }
        String input = "--plugins " + folder;
        Path path;
        try {
            path = Path.of(folder);
        } catch (InvalidPathException e) {
            throw new InputException(input, "not a valid path (" + e.getReason() + ")", e);
        }
        if (!Files.exists(path)) {
            throw new InputException(input, "folder does not exist");
        }
        if (!Files.isDirectory(path)) {
            throw new InputException(input, "is not a folder");
        }
        InstalledTools tools = InstalledTools.load(path);
        for (String problem : tools.problems()) {
            err.println("warning: " + problem);
        }
        err.flush();
        return tools;
    }
}
