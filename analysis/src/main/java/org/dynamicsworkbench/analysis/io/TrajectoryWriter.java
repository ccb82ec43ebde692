package org.dynamicsworkbench.analysis.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dynamicsworkbench.analysis.integrate.Trajectory;

/**
 * Writes a {@link Trajectory} as .npy (shape (length, dimension), '&lt;f8', C order; numpy loads it with
 * {@code numpy.load}) or .csv (a header of component names, then one row per state, every double in full
 * round-trip precision), chosen by the file's extension. With a time column, t is the first column in
 * either format (the .npy shape is then (length, dimension + 1)). Writes are atomic.
 */
public final class TrajectoryWriter {
    private static final int CHUNK_BYTES = 1 << 16;

    private TrajectoryWriter() {
    }

    /** Writes the states only, in the format given by the extension of {@code file}. */
    public static void write(Path file, Trajectory trajectory) throws IOException {
        write(file, trajectory, false);
    }

    /**
     * @param timeColumn whether to write t = t0 + i dt as the first column
     * @throws IllegalArgumentException if the extension is neither .npy nor .csv
     * @throws java.nio.file.NoSuchFileException naming the folder if it does not exist
     */
    public static void write(Path file, Trajectory trajectory, boolean timeColumn) throws IOException {
        TrajectoryFormat format = TrajectoryFormat.of(file);
        if (format == TrajectoryFormat.NPY) {
            AtomicFileWriter.write(file, out -> writeNpy(out, trajectory, timeColumn));
        } else {
            AtomicFileWriter.write(file, out -> writeCsv(out, trajectory, timeColumn));
        }
    }

    /** Column names of a state: x; x, y; x, y, z; or x0 ... x{d-1} beyond three components. */
    public static List<String> componentNames(int dimension) {
        List<String> names = new ArrayList<>(dimension);
        if (dimension <= 3) {
            names.addAll(List.of("x", "y", "z").subList(0, dimension));
        } else {
            for (int i = 0; i < dimension; i++) {
                names.add("x" + i);
            }
        }
        return names;
    }

    private static void writeNpy(OutputStream out, Trajectory trajectory, boolean timeColumn) throws IOException {
        int d = trajectory.dimension();
        int n = trajectory.length();
        int columns = d + (timeColumn ? 1 : 0);
        out.write(NpyHeader.encodeFloat64(n, columns));
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            if (buffer.remaining() < columns * Double.BYTES) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            if (timeColumn) {
                buffer.putDouble(trajectory.time(i));
            }
            for (int c = 0; c < d; c++) {
                buffer.putDouble(trajectory.get(i, c));
            }
        }
        out.write(buffer.array(), 0, buffer.position());
    }

    private static void writeCsv(OutputStream out, Trajectory trajectory, boolean timeColumn) throws IOException {
        int d = trajectory.dimension();
        StringBuilder line = new StringBuilder(32 * (d + 1));
        if (timeColumn) {
            line.append("t,");
        }
        line.append(String.join(",", componentNames(d))).append('\n');
        out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < trajectory.length(); i++) {
            line.setLength(0);
            if (timeColumn) {
                line.append(trajectory.time(i)).append(',');
            }
            for (int c = 0; c < d; c++) {
                if (c > 0) {
                    line.append(',');
                }
                // Double.toString is locale-independent and round-trips exactly.
                line.append(trajectory.get(i, c));
            }
            line.append('\n');
            out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
        }
    }
}
