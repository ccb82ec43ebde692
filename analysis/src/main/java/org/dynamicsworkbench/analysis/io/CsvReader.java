package org.dynamicsworkbench.analysis.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads comma-separated numbers: an optional header line (recognised by a cell that is not a number),
 * then rows with the same number of cells. Blank lines are skipped; NaN and infinities are rejected with
 * the line number.
 */
final class CsvReader {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private CsvReader() {
    }

    static SeriesData read(Path file) throws IOException {
        List<String> names = null;
        int columns = -1;
        double[] values = new double[1024];
        int count = 0;
        int lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                if (columns < 0) {
                    columns = cells.length;
                    if (isHeader(cells)) {
                        names = header(file, lineNumber, cells);
                        continue;
                    }
                }
                if (cells.length != columns) {
                    throw new MalformedDataException(file, "line " + lineNumber + ": " + cells.length
                            + " values, expected " + columns);
                }
                if (count + columns > values.length) {
                    if (values.length > Integer.MAX_VALUE / 2 - 8) {
                        throw new MalformedDataException(file, "line " + lineNumber + ": too many values to load");
                    }
                    values = Arrays.copyOf(values, Math.max(values.length * 2, count + columns));
                }
                for (int c = 0; c < columns; c++) {
                    values[count++] = number(file, lineNumber, c, cells[c]);
                }
            }
        }
        if (count == 0) {
            throw new MalformedDataException(file, "no data rows");
        }
        if (names == null) {
            names = TrajectoryWriter.componentNames(columns);
        }
        return new SeriesData(names, count / columns, Arrays.copyOf(values, count));
    }

    private static boolean isHeader(String[] cells) {
        for (String cell : cells) {
            if (!NUMBER.matcher(cell).matches() && !NON_FINITE.matcher(cell).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> header(Path file, int lineNumber, String[] cells) throws MalformedDataException {
        List<String> names = new ArrayList<>(cells.length);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c].isEmpty()) {
                throw new MalformedDataException(file, "line " + lineNumber + ": column " + (c + 1)
                        + " of the header has no name");
            }
            names.add(cells[c]);
        }
        return names;
    }

    private static double number(Path file, int lineNumber, int column, String cell) throws MalformedDataException {
        String where = "line " + lineNumber + ", column " + (column + 1) + ": ";
        if (NON_FINITE.matcher(cell).matches()) {
            throw new MalformedDataException(file, where + cell.toLowerCase(Locale.ROOT).replace("+", "")
                    + " is not allowed (only finite numbers)");
        }
        if (!NUMBER.matcher(cell).matches()) {
            throw new MalformedDataException(file, where + "'" + cell + "' is not a number");
        }
        double value = Double.parseDouble(cell);
        if (!Double.isFinite(value)) {
            throw new MalformedDataException(file, where + cell + " is out of range");
        }
        return value;
    }
}
