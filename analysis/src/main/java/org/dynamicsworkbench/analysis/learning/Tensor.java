package org.dynamicsworkbench.analysis.learning;

import java.util.Arrays;

/**
 * A dense row-major matrix of doubles (a vector is one column), as stored in checkpoints. Immutable: the
 * constructor and {@link #data()} copy.
 *
 * @param rows    number of rows, at least 1
 * @param columns number of columns, at least 1
 * @param data    rows * columns values, row-major
 */
public record Tensor(int rows, int columns, double[] data) {

    public Tensor {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("tensor shape must be positive, got " + rows + " x " + columns);
        }
        if ((long) rows * columns != data.length) {
            throw new IllegalArgumentException("tensor of shape " + rows + " x " + columns + " needs "
                    + (long) rows * columns + " values, got " + data.length);
        }
        data = data.clone();
    }

    /** A column vector. */
    public static Tensor vector(double[] values) {
        return new Tensor(values.length, 1, values);
    }

    /** A column vector of floats, widened exactly to doubles. */
    public static Tensor vector(float[] values) {
        return matrix(values.length, 1, values);
    }

    /** A row-major matrix of floats, widened exactly to doubles. */
    public static Tensor matrix(int rows, int columns, float[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return new Tensor(rows, columns, d);
    }

    @Override
    public double[] data() {
        return data.clone();
    }

    /** The values narrowed to floats (exact for tensors written from floats). */
    public float[] toFloats() {
        float[] f = new float[data.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) data[i];
        }
        return f;
    }

    public double get(int row, int column) {
        return data[row * columns + column];
    }

    public int size() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && t.rows == rows && t.columns == columns && Arrays.equals(t.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + columns) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor[" + rows + " x " + columns + "]";
    }
}
