package org.dynamicsworkbench.analysis.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrajectoryWriterTest {
    @TempDir
    Path folder;

    /** Three states of a 2-D system with values that need all 17 significant digits. */
    private static final Trajectory SMALL = Trajectory.of(2, 0.5, 0.25,
            new double[] {0.1, -2.0 / 3.0, Math.PI, 1e-300, -Double.MAX_VALUE, 123456789.123456789});

    @Test
    void npyHeaderBytesAreExactlyWhatNumpyWrites() throws IOException {
        Path file = folder.resolve("small.npy");
        TrajectoryWriter.write(file, SMALL);
        byte[] bytes = Files.readAllBytes(file);
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 2), }";
        byte[] expected = new byte[128];
        byte[] prefix = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 118, 0};
        System.arraycopy(prefix, 0, expected, 0, 10);
        byte[] text = dict.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, expected, 10, text.length);
        Arrays.fill(expected, 10 + text.length, 127, (byte) ' ');
        expected[127] = '\n';
        assertArrayEquals(expected, Arrays.copyOf(bytes, 128));
        assertEquals(128 + 6 * 8, bytes.length);
        ByteBuffer data = ByteBuffer.wrap(bytes, 128, 48).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : SMALL.toArray()) {
            assertEquals(v, data.getDouble());
        }
    }

    @Test
    void npyHeaderIsPaddedToSixtyFourBytesForEveryShape() {
        for (long[] shape : new long[][] {{5}, {0, 3}, {1_000_000, 10}, {123_456_789_012L, 4}}) {
            byte[] header = NpyHeader.encodeFloat64(shape);
            assertEquals(0, header.length % 64, Arrays.toString(shape));
            assertEquals('\n', header[header.length - 1]);
            assertEquals(header.length - 10, (header[8] & 0xFF) | (header[9] & 0xFF) << 8);
        }
        String oneD = new String(NpyHeader.encodeFloat64(5), StandardCharsets.ISO_8859_1);
        assertTrue(oneD.contains("'shape': (5,), }"), oneD);
    }

    @Test
    void npyRoundTripIsExactWithAndWithoutTime() throws IOException {
        Path file = folder.resolve("run.NPY");
        TrajectoryWriter.write(file, SMALL);
        SeriesData read = TrajectoryReader.read(file);
        assertEquals(List.of("x", "y"), read.columnNames());
        assertEquals(3, read.rows());
        assertArrayEquals(SMALL.toArray(), read.values());

        TrajectoryWriter.write(file, SMALL, true);
        SeriesData timed = TrajectoryReader.read(file);
        assertEquals(3, timed.columns());
        assertEquals(1.0, timed.get(2, 0));
        assertEquals(SMALL.get(2, 1), timed.get(2, 2));
    }

    @Test
    void csvRoundTripIsExactAndIgnoresTheDefaultLocale() throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Path file = folder.resolve("run.csv");
            TrajectoryWriter.write(file, SMALL, true);
            List<String> lines = Files.readAllLines(file);
            assertEquals("t,x,y", lines.get(0));
            assertEquals("0.5,0.1,-0.6666666666666666", lines.get(1));
            SeriesData read = TrajectoryReader.read(file);
            assertEquals(List.of("t", "x", "y"), read.columnNames());
            for (int i = 0; i < 3; i++) {
                assertEquals(SMALL.time(i), read.get(i, 0));
                assertEquals(SMALL.get(i, 0), read.get(i, 1));
                assertEquals(SMALL.get(i, 1), read.get(i, 2));
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void componentNamesFollowTheDimension() {
        assertEquals(List.of("x"), TrajectoryWriter.componentNames(1));
        assertEquals(List.of("x", "y", "z"), TrajectoryWriter.componentNames(3));
        assertEquals(List.of("x0", "x1", "x2", "x3"), TrajectoryWriter.componentNames(4));
    }

    @Test
    void anUnknownExtensionIsRejectedWithTheAllowedOnes() {
        Path file = folder.resolve("run.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrajectoryWriter.write(file, SMALL));
        assertEquals(file + ": unsupported file extension; use .npy or .csv", e.getMessage());
    }

    @Test
    void aMissingFolderIsNamed() {
        Path missing = folder.resolve("no-such-folder");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> TrajectoryWriter.write(missing.resolve("run.npy"), SMALL));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("folder does not exist"), e.getMessage());
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFileAndKeepsTheOldTarget() throws IOException {
        Path target = folder.resolve("keep.csv");
        Files.writeString(target, "old content");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of(target), list(folder));
    }

    @Test
    void aFailedMoveLeavesNoTemporaryFile() throws IOException {
        Path occupied = folder.resolve("occupied.npy");
        Files.createDirectory(occupied);
        Files.writeString(occupied.resolve("inside"), "x");
        assertThrows(IOException.class, () -> TrajectoryWriter.write(occupied, SMALL));
        assertEquals(List.of(occupied), list(folder));
        assertFalse(Files.isRegularFile(occupied));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
