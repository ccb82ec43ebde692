package org.dynamicsworkbench.analysis.io;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats for trajectories and time series, chosen by extension (case-insensitive). */
public enum TrajectoryFormat {
    /** NumPy .npy, version 1.0, little-endian float64, C order, shape (rows, columns). */
    NPY("npy"),
    /** Comma-separated text with a header line of column names. */
    CSV("csv");

    private final String extension;

    TrajectoryFormat(String extension) {
        this.extension = extension;
    }

    /** The extension without the dot ("npy", "csv"). */
    public String extension() {
        return extension;
    }

    /**
     * The format of {@code file} from its extension.
     *
     * @throws IllegalArgumentException naming the file and the allowed extensions
     */
    public static TrajectoryFormat of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (TrajectoryFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return format;
            }
        }
        throw new IllegalArgumentException(file + ": unsupported file extension; use .npy or .csv");
    }
}
