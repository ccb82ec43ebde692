package org.dynamicsworkbench.workbench.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Reads and writes session files. Reading checks the size before reading (files over {@link #MAX_BYTES}
 * are rejected), requires UTF-8, migrates older versions and validates the whole session; writing is
 * atomic and first keeps the file's previous content as {@code <name>.bak} beside it. Every problem is a
 * one-line {@link SessionFormatException} naming the file as the caller gave it (and the line, where the
 * problem is inside the text).
 */
public final class SessionStore {
    /** Largest session file accepted (sessions hold parameters and view state, not data). */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** Appended to a session file's name for the backup of its previous version. */
    public static final String BACKUP_SUFFIX = ".bak";

    private final SessionCodec codec;

    public SessionStore(Collection<String> availableTools) {
        this.codec = new SessionCodec(availableTools);
    }

    public SessionCodec codec() {
        return codec;
    }

    public Session read(Path file) throws SessionFormatException {
        return readDocument(file).session();
    }

    /** Reads a session with where each field stands in the file (for messages about a tool's state). */
    public SessionDocument readDocument(Path file) throws SessionFormatException {
        String name = file.toString();
        return codec.read(readText(file, name, MAX_BYTES), name);
    }

    /** The backup kept beside {@code file}: {@code <name>.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Writes the session atomically: the old file stays intact if anything fails. When the file exists, its
     * current content is first copied (atomically too) to {@link #backupOf(Path)}, replacing an older backup.
     */
    public void write(Session session, Path file) throws IOException {
        byte[] text = codec.encode(session).getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file)) {
            AtomicFileWriter.write(backupOf(file), Files.readAllBytes(file));
        }
        AtomicFileWriter.write(file, text);
    }

    /** The file's text, checked for size and UTF-8; every problem names the file. */
    static String readText(Path file, String name, long maxBytes) throws SessionFormatException {
        if (!Files.exists(file)) {
            throw new SessionFormatException(name + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new SessionFormatException(name + ": not a regular file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new SessionFormatException(name + ": file is " + size + " bytes; sessions are limited to "
                        + maxBytes + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SessionFormatException(name + ": no such file", e);
        } catch (IOException e) {
            throw new SessionFormatException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (bytes.length > maxBytes) {
            throw new SessionFormatException(name + ": sessions are limited to " + maxBytes + " bytes");
        }
        return utf8(bytes, name);
    }

    private static String utf8(byte[] bytes, String name) throws SessionFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SessionFormatException(name + ": not UTF-8 text", e);
        }
    }
}
