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
 * are rejected), requires UTF-8, and validates the whole session; writing is atomic. Every problem is a
 * one-line {@link SessionFormatException} naming the file as the caller gave it.
 */
public final class SessionStore {
    /** Largest session file accepted (sessions hold parameters and view state, not data). */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private final SessionCodec codec;

    public SessionStore(Collection<String> availableTools) {
        this.codec = new SessionCodec(availableTools);
    }

    public SessionCodec codec() {
        return codec;
    }

    public Session read(Path file) throws SessionFormatException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new SessionFormatException(name + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new SessionFormatException(name + ": not a regular file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SessionFormatException(name + ": file is " + size + " bytes; sessions are limited to "
                        + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SessionFormatException(name + ": no such file", e);
        } catch (IOException e) {
            throw new SessionFormatException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new SessionFormatException(name + ": sessions are limited to " + MAX_BYTES + " bytes");
        }
        return codec.decode(utf8(bytes, name), name);
    }

    /** Writes the session atomically: the old file stays intact if anything fails. */
    public void write(Session session, Path file) throws IOException {
        AtomicFileWriter.write(file, codec.encode(session).getBytes(StandardCharsets.UTF_8));
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
