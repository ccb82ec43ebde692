package org.dynamicsworkbench.analysis.koopman;

/**
 * P^T P of a tall matrix P fed a row at a time, in blocks of rows stored by column so that every entry is
 * a contiguous dot product, computed four at a time (2 x 2 blocks of columns share their loads). Memory is O(p^2 + block p)
 * whatever the number of rows. Not thread-safe.
 */
final class GramAccumulator {
    private static final int BLOCK = 256;

    private final int width;
    private final double[] gram;     // width x width, row-major, symmetric
    private final double[] block;    // column-major: column j at j * BLOCK
    private int buffered;

    GramAccumulator(int width) {
        this.width = width;
        this.gram = new double[width * width];
        this.block = new double[width * BLOCK];
    }

    void addRow(double[] row) {
        for (int j = 0; j < width; j++) {
            block[j * BLOCK + buffered] = row[j];
        }
        if (++buffered == BLOCK) {
            flush();
        }
    }

    /** A copy of P^T P (width x width, row-major). */
    double[] gram() {
        flush();
        double[] out = gram.clone();
        for (int i = 0; i < width; i++) {
            for (int j = 0; j < i; j++) {
                out[i * width + j] = out[j * width + i];
            }
        }
        return out;
    }

    private void flush() {
        int b = buffered;
        if (b == 0) {
            return;
        }
        int even = width & ~1;
        // 2 x 2 blocks of columns: four dot products share their loads.
        for (int i = 0; i < even; i += 2) {
            int c0 = i * BLOCK;
            int c1 = c0 + BLOCK;
            for (int j = i; j < even; j += 2) {
                int d0 = j * BLOCK;
                int d1 = d0 + BLOCK;
                double s00 = 0;
                double s01 = 0;
                double s10 = 0;
                double s11 = 0;
                for (int s = 0; s < b; s++) {
                    double a0 = block[c0 + s];
                    double a1 = block[c1 + s];
                    double e0 = block[d0 + s];
                    double e1 = block[d1 + s];
                    s00 += a0 * e0;
                    s01 += a0 * e1;
                    s10 += a1 * e0;
                    s11 += a1 * e1;
                }
                gram[i * width + j] += s00;
                gram[i * width + j + 1] += s01;
                if (j > i) {
                    gram[(i + 1) * width + j] += s10;
                }
                gram[(i + 1) * width + j + 1] += s11;
            }
        }
        if (even < width) {   // the last column of an odd width
            int last = even * BLOCK;
            for (int i = 0; i < width; i++) {
                int ci = i * BLOCK;
                double sum = 0;
                for (int s = 0; s < b; s++) {
                    sum += block[ci + s] * block[last + s];
                }
                gram[i * width + even] += sum;
            }
        }
        buffered = 0;
    }

    /** Adds another accumulator's sums (the Gram matrix of the union of both row sets). */
    void add(GramAccumulator other) {
        double[] g = other.gram();
        flush();
        for (int i = 0; i < width; i++) {
            for (int j = i; j < width; j++) {
                gram[i * width + j] += g[i * width + j];
            }
        }
    }
}
