package org.dynamicsworkbench.plugins.grokking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.plugins.runs.RunReading;

/**
 * A sweep folder read for its phase diagram: one run folder per grid point, named as {@code SweepGrid} names them
 * ({@code wd=0.3,frac=0.4}: the first key is the row, the second the column), each with its time to generalise.
 * Immutable.
 */
public final class SweepReading {
    /** One grid point: its values, its t_gen (-1 when not reached) and whether its run has ended. */
    public record Cell(double row, double column, long tGen, boolean done) {
        /** Ended without generalising. */
        public boolean never() {
            return done && tGen < 0;
        }
    }

    private final Path folder;
    private final String rowKey;
    private final String columnKey;
    private final double[] rows;
    private final double[] columns;
    private final Cell[] cells; // rows.length x columns.length, row-major, null where no run exists

    private SweepReading(Path folder, String rowKey, String columnKey, double[] rows, double[] columns, Cell[] cells) {
        this.folder = folder;
        this.rowKey = rowKey;
        this.columnKey = columnKey;
        this.rows = rows;
        this.columns = columns;
        this.cells = cells;
    }

    /**
     * Reads every run folder in {@code folder} whose name is {@code k1=v1,k2=v2} with numeric values.
     *
     * @throws IOException when the folder holds no such run, mixes keys, or a run cannot be read (named)
     */
    public static SweepReading open(Path folder) throws IOException {
        List<Path> runs;
        try (Stream<Path> list = Files.list(folder)) {
            runs = list.filter(p -> Files.isRegularFile(p.resolve(ExperimentRun.MANIFEST))).sorted().toList();
        }
        String rowKey = null;
        String columnKey = null;
        List<Cell> read = new ArrayList<>();
        TreeSet<Double> rowValues = new TreeSet<>();
        TreeSet<Double> columnValues = new TreeSet<>();
        for (Path run : runs) {
            String name = run.getFileName().toString();
            String[] parts = name.split(",");
            if (parts.length != 2) {
                continue;
            }
            String[] r = parts[0].split("=", 2);
            String[] c = parts[1].split("=", 2);
            if (r.length != 2 || c.length != 2) {
                continue;
            }
            if (rowKey == null) {
                rowKey = r[0];
                columnKey = c[0];
            } else if (!rowKey.equals(r[0]) || !columnKey.equals(c[0])) {
                throw new IOException(run + ": sweeps " + r[0] + " x " + c[0] + ", but the sweep is " + rowKey + " x "
                        + columnKey);
            }
            double rv;
            double cv;
            try {
                rv = Double.parseDouble(r[1]);
                cv = Double.parseDouble(c[1]);
            } catch (NumberFormatException e) {
                throw new IOException(run + ": the phase diagram needs numeric values, got '" + name + "'", e);
            }
            RunReading reading = RunReading.open(run);
            boolean done = reading.manifest().status() != RunStatus.RUNNING;
            read.add(new Cell(rv, cv, Milestones.tGen(reading), done));
            rowValues.add(rv);
            columnValues.add(cv);
        }
        if (read.isEmpty()) {
            throw new IOException(folder + ": no sweep runs (folders named like wd=0.3,frac=0.4 with a "
                    + ExperimentRun.MANIFEST + ")");
        }
        double[] rows = rowValues.stream().mapToDouble(Double::doubleValue).toArray();
        double[] columns = columnValues.stream().mapToDouble(Double::doubleValue).toArray();
        Cell[] cells = new Cell[rows.length * columns.length];
        for (Cell cell : read) {
            cells[Arrays.binarySearch(rows, cell.row()) * columns.length + Arrays.binarySearch(columns, cell.column())] = cell;
        }
        return new SweepReading(folder.toAbsolutePath().normalize(), rowKey, columnKey, rows, columns, cells);
    }

    public String name() {
        return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    }

    public Path folder() {
        return folder;
    }

    public String rowKey() {
        return rowKey;
    }

    public String columnKey() {
        return columnKey;
    }

    /** The row values, increasing. */
    public double[] rowValues() {
        return rows.clone();
    }

    /** The column values, increasing. */
    public double[] columnValues() {
        return columns.clone();
    }

    /** The cell at row {@code j}, column {@code i}, or null where the sweep has no run. */
    public Cell cell(int j, int i) {
        return cells[j * columns.length + i];
    }

    /** Grid points with a run. */
    public int size() {
        return (int) Arrays.stream(cells).filter(c -> c != null).count();
    }

    /** Runs that have ended. */
    public int doneCount() {
        return (int) Arrays.stream(cells).filter(c -> c != null && c.done()).count();
    }
}
