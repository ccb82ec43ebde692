package org.dynamicsworkbench.workbench.session;

import java.nio.file.Path;

/**
 * The user's configuration folder of the workbench: {@code $XDG_CONFIG_HOME/dynamics-workbench}, or
 * {@code ~/.config/dynamics-workbench} when that variable is unset. It holds the recent files list, the
 * autosave and the chosen plugin folder; nothing in it is needed to open a session.
 */
public final class ConfigFolder {
    private ConfigFolder() {
    }

    /** The folder (not created here). */
    public static Path user() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("dynamics-workbench");
    }
}
