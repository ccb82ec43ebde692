package org.dynamicsworkbench.analysis.alrnn.run;

import java.io.IOException;
import java.nio.file.Path;

/** A run directory or one of its files that cannot be used; the message names the file and the problem. */
public final class RunFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public RunFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
