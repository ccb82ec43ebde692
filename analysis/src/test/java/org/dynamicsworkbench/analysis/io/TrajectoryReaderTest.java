package org.dynamicsworkbench.analysis.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrajectoryReaderTest {
    @TempDir
    Path folder;

    @Test
    void readsOneDimensionalFloat32Npy() throws IOException {
        Path file = npy("f4.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", 4, 1.5, -2.25, 8);
        SeriesData data = TrajectoryReader.read(file);
        assertEquals(List.of("x"), data.columnNames());
        assertArrayEquals(new double[] {1.5, -2.25, 8}, data.values());
    }

    @Test
    void readsAVersionTwoHeader() throws IOException {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2), }";
        ByteBuffer b = ByteBuffer.allocate(12 + dict.length() + 1 + 16).order(ByteOrder.LITTLE_ENDIAN);
        b.put(NpyHeader.MAGIC).put((byte) 2).put((byte) 0).putInt(dict.length() + 1);
        b.put(dict.getBytes(StandardCharsets.US_ASCII)).put((byte) '\n').putDouble(3).putDouble(4);
        Path file = folder.resolve("v2.npy");
        Files.write(file, b.array());
        assertArrayEquals(new double[] {3, 4}, TrajectoryReader.read(file).values());
    }

    @Test
    void rejectsMalformedNpyFilesNamingFileAndProblem() throws IOException {
        Path file = folder.resolve("bad.npy");
        Files.write(file, "NUMPY not really".getBytes(StandardCharsets.US_ASCII));
        assertFails(file, "not a .npy file (the magic string \\x93NUMPY is missing)");

        assertFails(npy("be.npy", "{'descr': '>f8', 'fortran_order': False, 'shape': (1,), }", 8, 1),
                "unsupported dtype '>f8' (expected '<f8' or '<f4')");
        assertFails(npy("f.npy", "{'descr': '<f8', 'fortran_order': True, 'shape': (1, 1), }", 8, 1),
                "Fortran-order arrays are not supported (expected C order)");
        assertFails(npy("3d.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1, 1), }", 8, 1),
                "shape (1, 1, 1) has 3 dimensions; only 1-D and 2-D arrays are supported");
        assertFails(npy("noshape.npy", "{'descr': '<f8', 'fortran_order': False, }", 8, 1),
                "malformed header: no valid 'shape' entry in {'descr': '<f8', 'fortran_order': False, }");
        assertFails(npy("list.npy", "['descr', '<f8']", 8, 1), "malformed header (not a dictionary): ['descr', '<f8']");
        assertFails(npy("nan.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }", 8, 1, 2, 3,
                Double.NaN), "row 1, column 1 is NaN (only finite numbers are allowed)");
    }

    @Test
    void rejectsATruncatedNpyBeforeAllocating() throws IOException {
        Path whole = folder.resolve("whole.npy");
        TrajectoryWriter.write(whole, org.dynamicsworkbench.analysis.integrate.Trajectory.of(3, 0, 1, new double[30]));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = folder.resolve("cut.npy");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 5));
        assertFails(cut, "data is 235 bytes but shape [10, 3] of <f8 needs 240 (truncated file?)");
        Path header = folder.resolve("header.npy");
        Files.write(header, Arrays.copyOf(bytes, 60));
        assertFails(header, "header length 118 runs past the end of the file (60 bytes)");
        Path huge = npy("huge.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000000, 3), }", 8, 1);
        assertFails(huge, "shape [1000000000000, 3] is too large to load");
    }

    @Test
    void readsCsvWithAndWithoutHeader() throws IOException {
        Path named = csv("named.csv", "time, a ,b\n0,1.5,-2e-3\n\n0.1,+3,.5\n");
        SeriesData data = TrajectoryReader.read(named);
        assertEquals(List.of("time", "a", "b"), data.columnNames());
        assertEquals(2, data.rows());
        assertArrayEquals(new double[] {0, 1.5, -2e-3, 0.1, 3, 0.5}, data.values());

        SeriesData bare = TrajectoryReader.read(csv("bare.csv", "1,2\n3,4\n"));
        assertEquals(List.of("x", "y"), bare.columnNames());
        assertEquals(4.0, bare.get(1, 1));
    }

    @Test
    void rejectsMalformedCsvNamingFileLineAndProblem() throws IOException {
        assertFails(csv("nan.csv", "x,y\n1,2\n3,NaN\n"), "line 3, column 2: nan is not allowed (only finite numbers)");
        assertFails(csv("inf.csv", "1,2\n-Infinity,2\n"), "line 2, column 1: -infinity is not allowed (only finite "
                + "numbers)");
        assertFails(csv("ragged.csv", "x,y\n1,2\n3\n"), "line 3: 1 values, expected 2");
        assertFails(csv("word.csv", "x,y\n1,2\n3,four\n"), "line 3, column 2: 'four' is not a number");
        assertFails(csv("suffix.csv", "x\n1d\n"), "line 2, column 1: '1d' is not a number");
        assertFails(csv("huge.csv", "x\n1e999\n"), "line 2, column 1: 1e999 is out of range");
        assertFails(csv("empty.csv", "x,y\n\n"), "no data rows");
        assertFails(csv("unnamed.csv", "x,,z\n1,2,3\n"), "line 1: column 2 of the header has no name");
    }

    private void assertFails(Path file, String problem) {
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> TrajectoryReader.read(file));
        assertEquals(file + ": " + problem, e.getMessage());
    }

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    /** A version 1.0 .npy with the given header dictionary (padded) and values of itemBytes 4 or 8. */
    private Path npy(String name, String dict, int itemBytes, double... values) throws IOException {
        int unpadded = 10 + dict.length() + 1;
        int total = (unpadded + 63) / 64 * 64;
        ByteBuffer b = ByteBuffer.allocate(total + values.length * itemBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(NpyHeader.MAGIC).put((byte) 1).put((byte) 0).putShort((short) (total - 10));
        b.put(dict.getBytes(StandardCharsets.US_ASCII));
        while (b.position() < total - 1) {
            b.put((byte) ' ');
        }
        b.put((byte) '\n');
        for (double v : values) {
            if (itemBytes == 4) {
                b.putFloat((float) v);
            } else {
                b.putDouble(v);
            }
        }
        return Files.write(folder.resolve(name), b.array());
    }
}
