package org.dynamicsworkbench.analysis.alrnn.train;

import java.util.Arrays;

/**
 * A standardised training series: {@code rows} observations of N components (row-major), each column
 * z-scored (mean 0, standard deviation 1 with ddof 1); the original means and deviations are kept so that
 * results can be mapped back. It may carry a held-out series of the same N components (a test set, standardised
 * with the training statistics), which the reconstruction metrics compare free runs with; without one they use
 * the training series itself. Immutable.
 */
public final class TrainingData {
    private final int rows;
    private final int columns;
    private final double[] values;
    private final double[] mean;
    private final double[] std;
    /** Held-out rows in training coordinates, or null. */
    private final double[] heldOut;

    private TrainingData(int rows, int columns, double[] values, double[] mean, double[] std, double[] heldOut) {
        this.rows = rows;
        this.columns = columns;
        this.values = values;
        this.mean = mean;
        this.std = std;
        this.heldOut = heldOut;
    }

    /**
     * Standardises {@code raw} (rows x columns, row-major).
     *
     * @param source names the data in error messages
     * @throws IllegalArgumentException for non-finite values, fewer than 2 rows or a constant column
     */
    public static TrainingData standardize(String source, int columns, double[] raw) {
        if (columns < 1 || raw.length % columns != 0) {
            throw new IllegalArgumentException(source + ": " + raw.length + " values do not form rows of " + columns);
        }
        int rows = raw.length / columns;
        if (rows < 2) {
            throw new IllegalArgumentException(source + ": needs at least 2 rows, got " + rows);
        }
        for (int i = 0; i < raw.length; i++) {
            if (!Double.isFinite(raw[i])) {
                throw new IllegalArgumentException(source + ": row " + i / columns + ", column " + i % columns + " is "
                        + raw[i] + " (only finite numbers can be trained on)");
            }
        }
        double[] mean = new double[columns];
        double[] std = new double[columns];
        for (int c = 0; c < columns; c++) {
            double s = 0;
            for (int r = 0; r < rows; r++) {
                s += raw[r * columns + c];
            }
            mean[c] = s / rows;
            double q = 0;
            for (int r = 0; r < rows; r++) {
                double d = raw[r * columns + c] - mean[c];
                q += d * d;
            }
            std[c] = Math.sqrt(q / (rows - 1));
            if (!(std[c] > 0)) {
                throw new IllegalArgumentException(source + ": column " + c + " is constant (cannot standardise)");
            }
        }
        double[] values = new double[raw.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = (raw[r * columns + c] - mean[c]) / std[c];
            }
        }
        return new TrainingData(rows, columns, values, mean, std, null);
    }

    /** Already standardised values, taken as they are (copied); mean 0 and deviation 1 are recorded. */
    public static TrainingData ofStandardized(int columns, double[] values) {
        TrainingData checked = standardize("data", columns, values);
        double[] ones = new double[columns];
        Arrays.fill(ones, 1.0);
        return new TrainingData(checked.rows, columns, values.clone(), new double[columns], ones, null);
    }

    /**
     * This series with a held-out series {@code raw} (original units, row-major, N columns) standardised with
     * this series' means and deviations.
     *
     * @param source names the held-out data in error messages
     * @throws IllegalArgumentException for a ragged or non-finite series or fewer than 2 rows
     */
    public TrainingData withHeldOut(String source, double[] raw) {
        if (raw.length % columns != 0 || raw.length / columns < 2) {
            throw new IllegalArgumentException(source + ": " + raw.length + " values are not at least 2 rows of "
                    + columns);
        }
        double[] scaled = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (!Double.isFinite(raw[i])) {
                throw new IllegalArgumentException(source + ": row " + i / columns + ", column " + i % columns
                        + " is " + raw[i]);
            }
            scaled[i] = (raw[i] - mean[i % columns]) / std[i % columns];
        }
        return new TrainingData(rows, columns, values, mean, std, scaled);
    }

    /** Whether a held-out series is attached. */
    public boolean hasHeldOut() {
        return heldOut != null;
    }

    /** The series free runs are evaluated against: the held-out one if attached, else this series (a copy). */
    public double[] evaluationSeries() {
        return heldOut != null ? heldOut.clone() : values.clone();
    }

    public int rows() {
        return rows;
    }

    /** N, the number of components. */
    public int columns() {
        return columns;
    }

    public double get(int row, int column) {
        return values[row * columns + column];
    }

    /** A copy of the standardised values, row-major. */
    public double[] values() {
        return values.clone();
    }

    /** Rows {@code from..from+count) copied into {@code dst} at {@code offset}. */
    public void copyRows(int from, int count, double[] dst, int offset) {
        System.arraycopy(values, from * columns, dst, offset, count * columns);
    }

    /** A copy of rows {@code from..to)}. */
    public double[] rows(int from, int to) {
        return Arrays.copyOfRange(values, from * columns, to * columns);
    }

    public double[] mean() {
        return mean.clone();
    }

    public double[] std() {
        return std.clone();
    }
}
