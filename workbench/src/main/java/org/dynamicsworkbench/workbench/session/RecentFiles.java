package org.dynamicsworkbench.workbench.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recently opened or saved session files, most recent first, kept in a small text file (one absolute
 * path per line) that is rewritten atomically. A missing or unreadable store reads as an empty list;
 * failing to save it never disturbs the caller (the list is a convenience).
 */
public final class RecentFiles {
    /** How many files the list keeps. */
    public static final int CAPACITY = 8;

    private final Path store;

    /** @param store the text file holding the list (created on the first {@link #add}) */
    public RecentFiles(Path store) {
        this.store = store;
    }

    /** The store in the user's {@link ConfigFolder}. */
    public static RecentFiles inUserConfig() {
        return new RecentFiles(ConfigFolder.user().resolve("recent-sessions.txt"));
    }

    /** The list, most recent first; files that no longer exist are left out. */
    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (Path p : readStore()) {
            if (Files.isRegularFile(p)) {
                paths.add(p);
            }
        }
        return paths;
    }

    /**
     * Moves {@code file} to the front of the list (adding it if new), keeps {@link #CAPACITY} entries and
     * saves the list.
     *
     * @throws IOException when the list cannot be saved
     */
    public List<Path> add(Path file) throws IOException {
        Path entry = file.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(readStore());
        paths.remove(entry);
        paths.add(0, entry);
        while (paths.size() > CAPACITY) {
            paths.remove(paths.size() - 1);
        }
        Files.createDirectories(store.toAbsolutePath().getParent());
        StringBuilder text = new StringBuilder();
        for (Path p : paths) {
            text.append(p).append('\n');
        }
        AtomicFileWriter.write(store, text.toString().getBytes(StandardCharsets.UTF_8));
        return List.copyOf(paths);
    }

    private List<Path> readStore() {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        List<Path> paths = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Path p = Path.of(line.strip());
                    if (p.isAbsolute() && !paths.contains(p)) {
                        paths.add(p);
                    }
                } catch (InvalidPathException e) {
                    // a line that is not a path (hand-edited store): skip it
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return paths;
    }
}
