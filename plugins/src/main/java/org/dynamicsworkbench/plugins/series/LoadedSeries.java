package org.dynamicsworkbench.plugins.series;

import java.util.List;

/**
 * The samples of a {@link SeriesSpec}: {@code rows x columns} row-major values {@code dt} apart, with a label and
 * the column names. Immutable (arrays are copied in and out).
 */
public record LoadedSeries(SeriesSpec spec, String label, List<String> columnNames, int rows, double[] values, double dt) {

    public LoadedSeries {
        columnNames = List.copyOf(columnNames);
        if (values.length != (long) rows * columnNames.size()) {
            throw new IllegalArgumentException(label + ": " + values.length + " values are not " + rows + " rows of "
                    + columnNames.size() + " columns");
        }
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int columns() {
        return columnNames.size();
    }

    /** One column as a series. */
    public double[] column(int index) {
        if (index < 0 || index >= columns()) {
            throw new IllegalArgumentException(label + ": column " + index + " is outside 0.." + (columns() - 1));
        }
        int d = columns();
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = values[i * d + index];
        }
        return out;
    }

    /** The column the spec names. */
    public double[] selectedColumn() {
        return column(spec.column());
    }
}
