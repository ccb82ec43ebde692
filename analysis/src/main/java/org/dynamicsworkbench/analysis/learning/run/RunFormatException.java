package org.dynamicsworkbench.analysis.learning.run;

import java.io.IOException;
import java.nio.file.Path;

/** A run folder or one of its files is missing, malformed, of another tool, or of a newer format. */
public final class RunFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @param file    the folder or file at fault
     * @param problem what is wrong with it
     */
    public RunFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
