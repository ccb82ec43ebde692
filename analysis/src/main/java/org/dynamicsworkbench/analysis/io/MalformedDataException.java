package org.dynamicsworkbench.analysis.io;

import java.io.IOException;
import java.nio.file.Path;

/** A data file that cannot be read as a table of numbers; the message names the file and the problem. */
public final class MalformedDataException extends IOException {
    private static final long serialVersionUID = 1L;

    public MalformedDataException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
