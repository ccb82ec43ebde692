package org.dynamicsworkbench.analysis.koopman;

import java.util.Arrays;

/**
 * The triangular factor R of a tall matrix fed a row at a time (R^T R = X^T X), by Householder reflections
 * on blocks of rows stacked under the current R. Memory is O(p^2 + block p) whatever the number of rows;
 * the cost is about 2 p^2 flops per row. Not thread-safe.
 */
final class StreamingQr {
    private static final int BLOCK = 64;

    private final int width;
    private final double[] r;        // width x width, row-major, upper triangular
    private final double[] block;    // column-major: column j at j * BLOCK
    private int buffered;
    private long rows;

    StreamingQr(int width) {
        this.width = width;
        this.r = new double[width * width];
        this.block = new double[width * BLOCK];
    }

    int width() {
        return width;
    }

    long rows() {
        return rows;
    }

    /** Appends the row {@code values[offset .. offset + width)}. */
    void addRow(double[] values, int offset) {
        for (int j = 0; j < width; j++) {
            block[j * BLOCK + buffered] = values[offset + j];
        }
        buffered++;
        rows++;
        if (buffered == BLOCK) {
            flush();
        }
    }

    /** Adds every row of another factor (R of the union of both row sets). */
    void addFactor(StreamingQr other) {
        double[] otherR = other.upperTriangle();
        for (int i = 0; i < width; i++) {
            addRow(otherR, i * width);
        }
        rows += other.rows - width;
    }

    /** A copy of R (width x width, row-major, upper triangular; diagonal signs arbitrary). */
    double[] upperTriangle() {
        flush();
        return r.clone();
    }

    private void flush() {
        int b = buffered;
        if (b == 0) {
            return;
        }
        for (int j = 0; j < width; j++) {
            int cj = j * BLOCK;
            double rjj = r[j * width + j];
            double tail = 0;
            for (int i = 0; i < b; i++) {
                tail += block[cj + i] * block[cj + i];
            }
            if (tail == 0) {
                continue;
            }
            double norm = Math.sqrt(rjj * rjj + tail);
            double alpha = rjj > 0 ? -norm : norm;
            double v0 = rjj - alpha;
            double vv = v0 * v0 + tail;
            double scale = 2 / vv;
            for (int k = j + 1; k < width; k++) {
                int ck = k * BLOCK;
                double s = v0 * r[j * width + k];
                for (int i = 0; i < b; i++) {
                    s += block[cj + i] * block[ck + i];
                }
                double f = scale * s;
                r[j * width + k] -= f * v0;
                for (int i = 0; i < b; i++) {
                    block[ck + i] -= f * block[cj + i];
                }
            }
            r[j * width + j] = alpha;
            Arrays.fill(block, cj, cj + b, 0);
        }
        buffered = 0;
    }
}
