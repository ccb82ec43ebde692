package org.dynamicsworkbench.plugins.series;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One series an analysis tool reads: either a catalog {@code system} integrated for {@code steps} steps of
 * {@code dt} from its catalog initial condition with its catalog parameters, or a {@code file} (.csv or .npy,
 * one row per sample) whose samples are {@code dt} apart. {@code column} picks the coordinate (0-based) for
 * tools that read one; tools that read the whole state ignore it. Exactly one of system and file is set.
 */
public record SeriesSpec(String system, Path file, int column, int steps, double dt) {

    /** The most steps a system series may have (a trajectory must fit one Java array comfortably). */
    public static final int MAX_STEPS = 5_000_000;

    public SeriesSpec {
        if ((system == null) == (file == null)) {
            throw new IllegalArgumentException("a series names exactly one of a system and a file");
        }
        if (system != null && system.isBlank()) {
            throw new IllegalArgumentException("a series' system name is empty");
        }
        if (column < 0) {
            throw new IllegalArgumentException("column must be 0 or more, got " + column);
        }
        if (system != null && (steps < 1 || steps > MAX_STEPS)) {
            throw new IllegalArgumentException("steps must be in 1.." + MAX_STEPS + ", got " + steps);
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("dt must be a positive number, got " + dt);
        }
    }

    /** A catalog system's coordinate. */
    public static SeriesSpec ofSystem(String system, int column, int steps, double dt) {
        return new SeriesSpec(Objects.requireNonNull(system, "system"), null, column, steps, dt);
    }

    /** A file's column, samples {@code dt} apart. */
    public static SeriesSpec ofFile(Path file, int column, double dt) {
        return new SeriesSpec(null, Objects.requireNonNull(file, "file"), column, 0, dt);
    }

    public boolean isSystem() {
        return system != null;
    }

    /** This series with another column. */
    public SeriesSpec withColumn(int newColumn) {
        return new SeriesSpec(system, file, newColumn, steps, dt);
    }

    /** The name shown in lists and legends: "Lorenz x" or "data.csv column 2". */
    public String label() {
        if (isSystem()) {
            return system + " " + columnName(column);
        }
        return file.getFileName() + " column " + column;
    }

    /** x, y, z for the first three coordinates, x_{k+1} after (the explorer's naming). */
    public static String columnName(int column) {
        return column < 3 ? String.valueOf("xyz".charAt(column)) : String.format(Locale.ROOT, "x%d", column + 1);
    }
}
