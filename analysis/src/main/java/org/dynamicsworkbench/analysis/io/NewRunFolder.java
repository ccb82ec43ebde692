package org.dynamicsworkbench.analysis.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** The rule every run store follows for a new run: a new folder under an existing parent, or an empty one. */
public final class NewRunFolder {

    private NewRunFolder() {
    }

    /**
     * Makes {@code dir} ready for a new run: creates it when it does not exist (its parent must), accepts it
     * when it is an empty folder, and refuses anything else.
     *
     * @param error builds the store's own exception from the folder and the problem
     */
    public static void prepare(Path dir, BiFunction<Path, String, ? extends IOException> error) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw error.apply(dir, "exists and is not a folder");
            }
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw error.apply(dir, "is not empty (choose a new run folder, or 'resume' it)");
                }
            }
        } else {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw error.apply(dir, "parent folder does not exist");
            }
            Files.createDirectory(dir);
        }
    }
}
