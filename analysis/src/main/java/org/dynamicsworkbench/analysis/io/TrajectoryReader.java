package org.dynamicsworkbench.analysis.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a table of numbers (a trajectory or a user's time series) from .npy (1-D or 2-D, '&lt;f8' or
 * '&lt;f4', C order) or .csv (optional header line, comma-separated finite numbers), chosen by extension.
 * Malformed files fail with a {@link MalformedDataException} naming the file and the problem.
 */
public final class TrajectoryReader {

    private TrajectoryReader() {
    }

    /**
     * @throws IllegalArgumentException if the extension is neither .npy nor .csv
     * @throws MalformedDataException   if the content is not a valid table of finite numbers
     */
    public static SeriesData read(Path file) throws IOException {
        return TrajectoryFormat.of(file) == TrajectoryFormat.NPY ? NpyReader.read(file) : CsvReader.read(file);
    }
}
