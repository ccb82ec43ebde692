package org.dynamicsworkbench.analysis.io;

import java.util.List;

import org.dynamicsworkbench.analysis.integrate.Trajectory;

/**
 * A table of finite numbers read from a file: {@code rows} rows of {@code columnNames.size()} values,
 * row-major. Immutable; arrays are copied in and out.
 *
 * @param columnNames the CSV header, or generated names (x, y, z / x0 ...) where the file has none
 * @param rows        number of rows
 * @param values      row-major values, rows x columns
 */
public record SeriesData(List<String> columnNames, int rows, double[] values) {

    public SeriesData {
        columnNames = List.copyOf(columnNames);
        values = values.clone();
        if (columnNames.isEmpty()) {
            throw new IllegalArgumentException("a series needs at least one column");
        }
        if ((long) rows * columnNames.size() != values.length) {
            throw new IllegalArgumentException(rows + " rows of " + columnNames.size() + " columns need "
                    + (long) rows * columnNames.size() + " values, got " + values.length);
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int columns() {
        return columnNames.size();
    }

    public double get(int row, int column) {
        return values[row * columnNames.size() + column];
    }

    /** The table as a trajectory with states at t0 + i dt (every column a component). */
    public Trajectory toTrajectory(double t0, double dt) {
        return Trajectory.of(columnNames.size(), t0, dt, values);
    }
}
