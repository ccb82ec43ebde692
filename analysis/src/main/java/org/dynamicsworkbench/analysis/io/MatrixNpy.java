package org.dynamicsworkbench.analysis.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Writes and reads a row-major matrix as a 2-D .npy file. Values that are all exactly representable as
 * float32 (e.g. parameters trained in float) are written as '&lt;f4', halving the file; others as '&lt;f8'.
 * Writes are atomic; reads validate header, shape and size before allocating (see {@link TrajectoryReader}).
 */
public final class MatrixNpy {
    private static final int CHUNK_BYTES = 1 << 16;

    private MatrixNpy() {
    }

    /**
     * @param file    target .npy file (its folder must exist)
     * @param rows    number of rows
     * @param columns number of columns
     * @param data    rows * columns values, row-major
     */
    public static void write(Path file, int rows, int columns, double[] data) throws IOException {
        if ((long) rows * columns != data.length) {
            throw new IllegalArgumentException(file + ": shape " + rows + " x " + columns + " does not match "
                    + data.length + " values");
        }
        boolean asFloat = floatExact(data);
        AtomicFileWriter.write(file, out -> writeTo(out, rows, columns, data, asFloat));
    }

    private static boolean floatExact(double[] data) {
        for (double v : data) {
            if ((double) (float) v != v && !Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    private static void writeTo(OutputStream out, int rows, int columns, double[] data, boolean asFloat)
            throws IOException {
        out.write(asFloat ? NpyHeader.encodeFloat32(rows, columns) : NpyHeader.encodeFloat64(rows, columns));
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        int width = asFloat ? Float.BYTES : Double.BYTES;
        for (double v : data) {
            if (buffer.remaining() < width) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            if (asFloat) {
                buffer.putFloat((float) v);
            } else {
                buffer.putDouble(v);
            }
        }
        out.write(buffer.array(), 0, buffer.position());
    }

    /**
     * Reads a 2-D .npy written by {@link #write} (or numpy), checking its shape.
     *
     * @throws MalformedDataException naming the file when it is malformed or has another shape
     */
    public static double[] read(Path file, int rows, int columns) throws IOException {
        SeriesData data = NpyReader.read(file);
        if (data.rows() != rows || data.columns() != columns) {
            throw new MalformedDataException(file, "has shape (" + data.rows() + ", " + data.columns()
                    + "), expected (" + rows + ", " + columns + ")");
        }
        return data.values();
    }
}
