package org.dynamicsworkbench.workbench.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.dynamicsworkbench.workbench.session.ConfigFolder;
import org.dynamicsworkbench.workbench.session.RecentFiles;
import org.dynamicsworkbench.workbench.session.SessionAutosave;
import org.dynamicsworkbench.workbench.tools.PluginFolderSetting;

/**
 * Where the window keeps what outlives it, and how often it autosaves.
 *
 * @param recentFiles      the recently opened sessions
 * @param autosaveFile     the autosave of an unsaved session (see {@link SessionAutosave})
 * @param pluginFolder     the remembered plugin folder of the "Plugins folder..." menu item
 * @param autosaveInterval time between autosaves of a session with unsaved changes (positive)
 */
public record WindowSettings(RecentFiles recentFiles, Path autosaveFile, PluginFolderSetting pluginFolder,
                             Duration autosaveInterval) {
    /** The default time between autosaves. */
    public static final Duration AUTOSAVE_INTERVAL = Duration.ofSeconds(60);

    public WindowSettings {
        Objects.requireNonNull(recentFiles, "recentFiles");
        Objects.requireNonNull(autosaveFile, "autosaveFile");
        Objects.requireNonNull(pluginFolder, "pluginFolder");
        if (autosaveInterval.isNegative() || autosaveInterval.isZero()) {
            throw new IllegalArgumentException("autosave interval must be positive, got " + autosaveInterval);
        }
    }

    /** Everything in the user's configuration folder, autosaving every minute. */
    public static WindowSettings inUserConfig() {
        return inFolder(ConfigFolder.user(), AUTOSAVE_INTERVAL);
    }

    /** Everything in {@code folder} (tests use a temporary one). */
    public static WindowSettings inFolder(Path folder, Duration autosaveInterval) {
        return new WindowSettings(new RecentFiles(folder.resolve("recent-sessions.txt")),
                folder.resolve(SessionAutosave.FILE_NAME),
                new PluginFolderSetting(folder.resolve("plugins-folder.txt")), autosaveInterval);
    }
}
