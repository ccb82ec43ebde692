package org.dynamicsworkbench.analysis.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The NPY format's preamble: magic, version, header length and the header dictionary, written for
 * version 1.0 with the total padded with spaces to a multiple of 64 bytes (newline included).
 */
final class NpyHeader {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGNMENT = 64;

    private NpyHeader() {
    }

    /** The complete preamble of a version 1.0 file of float64 ('&lt;f8'), C order, with this shape. */
    static byte[] encodeFloat64(long... shape) {
        return encode("<f8", shape);
    }

    /** The complete preamble of a version 1.0 file of float32 ('&lt;f4'), C order, with this shape. */
    static byte[] encodeFloat32(long... shape) {
        return encode("<f4", shape);
    }

    private static byte[] encode(String descr, long... shape) {
        StringBuilder dict = new StringBuilder("{'descr': '" + descr + "', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            dict.append(shape[i]).append(i == 0 && shape.length == 1 ? "," : i + 1 < shape.length ? ", " : "");
        }
        dict.append("), }");
        int unpadded = MAGIC.length + 4 + dict.length() + 1;
        int total = (unpadded + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        int headerLength = total - MAGIC.length - 4;
        if (headerLength > 0xFFFF) {
            throw new IllegalArgumentException("NPY 1.0 header too long for shape " + Arrays.toString(shape));
        }
        byte[] out = new byte[total];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        out[6] = 1;
        out[7] = 0;
        out[8] = (byte) (headerLength & 0xFF);
        out[9] = (byte) (headerLength >>> 8);
        byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, out, 10, text.length);
        Arrays.fill(out, 10 + text.length, total - 1, (byte) ' ');
        out[total - 1] = '\n';
        return out;
    }
}
