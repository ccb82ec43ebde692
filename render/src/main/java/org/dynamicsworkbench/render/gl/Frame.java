package org.dynamicsworkbench.render.gl;

import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * One rendered image: {@code width x height} ARGB pixels, rows from top to bottom. Immutable: the array
 * is copied on the way in and on the way out.
 */
public record Frame(int width, int height, int[] argb) {

    public Frame {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive, got " + width + "x" + height);
        }
        if (argb == null || argb.length != (long) width * height) {
            throw new IllegalArgumentException("frame of " + width + "x" + height + " needs " + ((long) width * height)
                    + " pixels, got " + (argb == null ? "null" : argb.length));
        }
        argb = argb.clone();
    }

    /** A copy of the pixels, row-major from the top-left corner. */
    @Override
    public int[] argb() {
        return argb.clone();
    }

    /** The ARGB pixel in column {@code x}, row {@code y} (row 0 at the top). */
    public int pixel(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") outside a " + width + "x" + height + " frame");
        }
        return argb[y * width + x];
    }

    /** Writes all pixels into {@code dst} from index 0 (absolute: the buffer's position is untouched). */
    public void copyTo(IntBuffer dst) {
        dst.put(0, argb);
    }

    /** How many pixels differ from {@code argbColor} in their RGB bytes. */
    public int countPixelsOtherThan(int argbColor) {
        int rgb = argbColor & 0xffffff;
        int count = 0;
        for (int p : argb) {
            if ((p & 0xffffff) != rgb) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && f.width == width && f.height == height && Arrays.equals(f.argb, argb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(argb);
    }

    @Override
    public String toString() {
        return "Frame[" + width + "x" + height + "]";
    }
}
