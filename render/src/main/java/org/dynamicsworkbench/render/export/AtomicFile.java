package org.dynamicsworkbench.render.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes a file completely or not at all: a temporary file in the same folder, then an atomic rename. */
public final class AtomicFile {
    /** Writes the content to a stream; may throw I/O errors. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code file}, replacing it only once the content is complete.
     *
     * @throws IOException naming the file when the folder is missing or not writable, or writing fails; no
     *                     temporary file is left behind
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + file + ": folder " + folder + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + file + ": it is a folder");
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + file + ": folder " + folder + " is not writable", e);
        }
        boolean moved = false;
        try {
            keepOrOpenPermissions(temp, target);
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Temporary files are created owner-only; give the new file the permissions of the file it replaces, or
     * rw-r--r-- for a new file, as an ordinary write would.
     */
    private static void keepOrOpenPermissions(Path temp, Path target) throws IOException {
        if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }
}
