package org.dynamicsworkbench.analysis.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 1-D or 2-D .npy array of '&lt;f8' or '&lt;f4' in C order (NPY versions 1 to 3). The preamble,
 * the header and the file size are all checked against the shape before the data array is allocated.
 */
final class NpyReader {
    private static final int MAX_HEADER_BYTES = 1 << 20;
    private static final int CHUNK_BYTES = 1 << 16;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyReader() {
    }

    static SeriesData read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 10) {
                throw new MalformedDataException(file, "too short to be a .npy file (" + size + " bytes)");
            }
            ByteBuffer preamble = readFully(channel, 0, 12 <= size ? 12 : 10);
            byte[] magic = new byte[NpyHeader.MAGIC.length];
            preamble.get(magic);
            if (!Arrays.equals(magic, NpyHeader.MAGIC)) {
                throw new MalformedDataException(file, "not a .npy file (the magic string \\x93NUMPY is missing)");
            }
            int major = preamble.get() & 0xFF;
            int minor = preamble.get() & 0xFF;
            long headerLength;
            int headerStart;
            if (major == 1) {
                headerLength = preamble.getShort(8) & 0xFFFF;
                headerStart = 10;
            } else if ((major == 2 || major == 3) && size >= 12) {
                headerLength = preamble.getInt(8) & 0xFFFFFFFFL;
                headerStart = 12;
            } else {
                throw new MalformedDataException(file, "unsupported .npy version " + major + "." + minor);
            }
            if (headerLength > MAX_HEADER_BYTES || headerStart + headerLength > size) {
                throw new MalformedDataException(file, "header length " + headerLength
                        + " runs past the end of the file (" + size + " bytes)");
            }
            ByteBuffer headerBytes = readFully(channel, headerStart, (int) headerLength);
            String header = new String(headerBytes.array(), 0, (int) headerLength,
                    major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1).strip();
            long dataStart = headerStart + headerLength;
            return readData(file, channel, header, dataStart, size - dataStart);
        }
    }

    private static SeriesData readData(Path file, FileChannel channel, String header, long dataStart, long dataBytes)
            throws IOException {
        if (!header.startsWith("{") || !header.endsWith("}")) {
            throw new MalformedDataException(file, "malformed header (not a dictionary): " + header);
        }
        String descr = find(file, DESCR, header, "descr");
        int itemBytes;
        if (descr.equals("<f8")) {
            itemBytes = 8;
        } else if (descr.equals("<f4")) {
            itemBytes = 4;
        } else {
            throw new MalformedDataException(file, "unsupported dtype '" + descr + "' (expected '<f8' or '<f4')");
        }
        if (find(file, FORTRAN, header, "fortran_order").equals("True")) {
            throw new MalformedDataException(file, "Fortran-order arrays are not supported (expected C order)");
        }
        long[] shape = shape(file, find(file, SHAPE, header, "shape"));
        long rows = shape[0];
        long columns = shape.length == 2 ? shape[1] : 1;
        if (columns == 0) {
            throw new MalformedDataException(file, "shape " + Arrays.toString(shape) + " has no columns");
        }
        long count = rows * columns;
        if (count > Integer.MAX_VALUE - 8 || count < 0) {
            throw new MalformedDataException(file, "shape " + Arrays.toString(shape) + " is too large to load");
        }
        if (dataBytes != count * itemBytes) {
            throw new MalformedDataException(file, "data is " + dataBytes + " bytes but shape "
                    + Arrays.toString(shape) + " of " + descr + " needs " + count * itemBytes
                    + (dataBytes < count * itemBytes ? " (truncated file?)" : ""));
        }
        double[] values = new double[(int) count];
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        long position = dataStart;
        int next = 0;
        while (next < values.length) {
            buffer.clear();
            int items = (int) Math.min(CHUNK_BYTES / itemBytes, values.length - (long) next);
            buffer.limit(items * itemBytes);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new MalformedDataException(file, "ended early while reading the data");
                }
            }
            buffer.flip();
            position += items * itemBytes;
            for (int i = 0; i < items; i++, next++) {
                double v = itemBytes == 8 ? buffer.getDouble() : buffer.getFloat();
                if (!Double.isFinite(v)) {
                    throw new MalformedDataException(file, "row " + next / columns + ", column " + next % columns
                            + " is " + v + " (only finite numbers are allowed)");
                }
                values[next] = v;
            }
        }
        return new SeriesData(TrajectoryWriter.componentNames((int) columns), (int) rows, values);
    }

    private static String find(Path file, Pattern pattern, String header, String key) throws MalformedDataException {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw new MalformedDataException(file, "malformed header: no valid '" + key + "' entry in " + header);
        }
        return m.group(1);
    }

    private static long[] shape(Path file, String tuple) throws MalformedDataException {
        List<Long> dims = new ArrayList<>();
        for (String part : tuple.split(",", -1)) {
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                dims.add(Long.parseLong(trimmed));
            } catch (NumberFormatException e) {
                throw new MalformedDataException(file, "malformed shape (" + tuple + ")");
            }
        }
        if (dims.size() < 1 || dims.size() > 2) {
            throw new MalformedDataException(file, "shape (" + tuple + ") has " + dims.size()
                    + " dimensions; only 1-D and 2-D arrays are supported");
        }
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i);
            if (shape[i] < 0) {
                throw new MalformedDataException(file, "malformed shape (" + tuple + ")");
            }
        }
        return shape;
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file at byte " + (position + buffer.position()));
            }
        }
        buffer.flip();
        return buffer;
    }
}
