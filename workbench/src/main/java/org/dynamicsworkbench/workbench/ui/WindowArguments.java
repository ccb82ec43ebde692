package org.dynamicsworkbench.workbench.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments that open the window rather than run a subcommand: nothing, a session {@code .json} file
 * that exists, {@code --plugins DIR}, or both in either order. Anything else belongs to the command line.
 *
 * @param session      the session to open, or null
 * @param pluginFolder the plugin folder given with {@code --plugins}, or null (then the remembered one)
 */
public record WindowArguments(Path session, Path pluginFolder) {
    /** The option naming the plugin folder. */
    public static final String PLUGINS_OPTION = "--plugins";

    /** The window's arguments, or empty when {@code args} are for the command line. */
    public static Optional<WindowArguments> parse(String... args) {
        List<String> rest = new ArrayList<>(List.of(args));
        Path plugins = null;
        int option = rest.indexOf(PLUGINS_OPTION);
        if (option >= 0) {
            if (option + 1 >= rest.size() || rest.get(option + 1).startsWith("-")) {
                return Optional.empty(); // the command line reports the missing value
            }
            plugins = path(rest.get(option + 1));
            if (plugins == null) {
                return Optional.empty();
            }
            rest.remove(option + 1);
            rest.remove(option);
        }
        if (rest.isEmpty()) {
            return Optional.of(new WindowArguments(null, plugins));
        }
        if (rest.size() == 1 && rest.get(0).endsWith(".json")) {
            Path session = path(rest.get(0));
            if (session != null && Files.isRegularFile(session)) {
                return Optional.of(new WindowArguments(session, plugins));
            }
        }
        return Optional.empty();
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
