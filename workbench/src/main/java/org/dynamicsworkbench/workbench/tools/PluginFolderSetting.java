package org.dynamicsworkbench.workbench.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.dynamicsworkbench.workbench.session.AtomicFileWriter;
import org.dynamicsworkbench.workbench.session.ConfigFolder;

/**
 * The plugin folder the user chose in the window (menu "Plugins folder..."), remembered as one absolute
 * path in a small text file of the configuration folder. A missing or unreadable file means no folder.
 */
public final class PluginFolderSetting {
    private final Path store;

    /** @param store the text file holding the path */
    public PluginFolderSetting(Path store) {
        this.store = store;
    }

    /** The setting in the user's configuration folder. */
    public static PluginFolderSetting inUserConfig() {
        return new PluginFolderSetting(ConfigFolder.user().resolve("plugins-folder.txt"));
    }

    /** The remembered folder, if any (it may no longer exist). */
    public Optional<Path> read() {
        if (!Files.isRegularFile(store)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(store, StandardCharsets.UTF_8).strip();
            Path folder = Path.of(text);
            return text.isEmpty() || !folder.isAbsolute() ? Optional.empty() : Optional.of(folder);
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Remembers {@code folder} (as an absolute path). */
    public void write(Path folder) throws IOException {
        Files.createDirectories(store.toAbsolutePath().getParent());
        String text = folder.toAbsolutePath().normalize() + "\n";
        AtomicFileWriter.write(store, text.getBytes(StandardCharsets.UTF_8));
    }
}
