package org.dynamicsworkbench.analysis.learning.concepts;

import java.util.Arrays;
import org.dynamicsworkbench.analysis.learning.SeededRandom;

/**
 * The denoiser's shape and arithmetic: {@code input -> h1 -> h2 -> output} with ReLU. Parameters are held as rows
 * ({@code float[][]}): the rows of W1 (input x h1), then b1, the rows of W2 (h1 x h2), b2, the rows of W3
 * (h2 x output), b3, so Adam is one loop over rows. Activations are one array per batch row. Every inner loop runs
 * over whole rows with the same index ({@code y[j] += a * w[j]}), the form HotSpot's C2 vectorises (offset
 * indexing into one flat array is not vectorised by JDK 17); zero ReLU activations are skipped. The backward pass
 * through the middle layer reads a transposed copy of W2 (refreshed by {@link #transposeMiddle}). Stateless apart
 * from the sizes; buffers live in a {@link Workspace}.
 */
final class DenoiserMlp {
    final int input;
    final int h1;
    final int h2;
    final int output;
    /** Row indices of the parameter blocks. */
    final int w1;
    final int b1;
    final int w2;
    final int b2;
    final int w3;
    final int b3;
    /** Number of parameter rows and of scalar parameters. */
    final int rowCount;
    final int size;

    DenoiserMlp(int input, int h1, int h2, int output) {
        this.input = input;
        this.h1 = h1;
        this.h2 = h2;
        this.output = output;
        w1 = 0;
        b1 = input;
        w2 = b1 + 1;
        b2 = w2 + h1;
        w3 = b2 + 1;
        b3 = w3 + h2;
        rowCount = b3 + 1;
        size = (input + 1) * h1 + (h1 + 1) * h2 + (h2 + 1) * output;
    }

    /** Zeroed parameter-shaped rows (parameters, gradients, moments). */
    float[][] newParameters() {
        float[][] p = new float[rowCount][];
        for (int r = 0; r < rowCount; r++) {
            p[r] = new float[r < w2 ? h1 : r < w3 ? h2 : output];
        }
        return p;
    }

    /** The parameters flattened row after row (for checkpoints). */
    float[] flatten(float[][] p) {
        float[] out = new float[size];
        int o = 0;
        for (float[] row : p) {
            System.arraycopy(row, 0, out, o, row.length);
            o += row.length;
        }
        return out;
    }

    /** Parameter rows from a flattened vector of {@link #size} values. */
    float[][] unflatten(float[] flat) {
        float[][] p = newParameters();
        int o = 0;
        for (float[] row : p) {
            System.arraycopy(flat, o, row, 0, row.length);
            o += row.length;
        }
        return p;
    }

    /** Buffers for batches of up to {@code capacity} rows. */
    final class Workspace {
        final float[][] in;
        final float[][] a1;
        final float[][] a2;
        final float[][] out;
        final float[][] d1;
        final float[][] d2;

        Workspace(int capacity, boolean backward) {
            in = new float[capacity][input];
            a1 = new float[capacity][h1];
            a2 = new float[capacity][h2];
            out = new float[capacity][output];
            d1 = backward ? new float[capacity][h1] : null;
            d2 = backward ? new float[capacity][h2] : null;
        }
    }

    /** PyTorch's default Linear initialisation: weights and biases uniform in +-1/sqrt(fan_in). */
    void initialise(float[][] p, SeededRandom rng) {
        for (int r = 0; r < rowCount; r++) {
            int fanIn = r < w2 ? input : r < w3 ? h1 : h2;
            double bound = 1 / Math.sqrt(fanIn);
            float[] row = p[r];
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) ((2 * rng.nextDouble() - 1) * bound);
            }
        }
    }

    /** {@code transposed[j][k] = W2[k][j]} (h2 rows of length h1). */
    void transposeMiddle(float[][] p, float[][] transposed) {
        for (int k = 0; k < h1; k++) {
            float[] row = p[w2 + k];
            for (int j = 0; j < h2; j++) {
                transposed[j][k] = row[j];
            }
        }
    }

    /** Forward pass of {@code rows} inputs in {@code ws.in}; the result is in {@code ws.out}. */
    void forward(float[][] p, Workspace ws, int rows) {
        for (int n = 0; n < rows; n++) {
            layer(p, ws.in[n], input, ws.a1[n], w1, b1);
            layer(p, ws.a1[n], h1, ws.a2[n], w2, b2);
            float[] a2 = ws.a2[n];
            float[] out = ws.out[n];
            System.arraycopy(p[b3], 0, out, 0, output);
            for (int k = 0; k < h2; k++) {
                float a = a2[k];
                if (a != 0f) {
                    float[] w = p[w3 + k];
                    for (int o = 0; o < output; o++) {
                        out[o] += a * w[o];
                    }
                }
            }
        }
    }

    /** {@code y = relu(x W + b)} for one row. */
    private static void layer(float[][] p, float[] x, int in, float[] y, int w, int b) {
        System.arraycopy(p[b], 0, y, 0, y.length);
        for (int k = 0; k < in; k++) {
            float a = x[k];
            if (a != 0f) {
                float[] wr = p[w + k];
                for (int j = 0; j < y.length; j++) {
                    y[j] += a * wr[j];
                }
            }
        }
        for (int j = 0; j < y.length; j++) {
            y[j] = Math.max(y[j], 0f);
        }
    }

    /**
     * Accumulates into {@code grad} (zeroed by the caller) the gradient of the loss whose derivative with respect
     * to the outputs is in {@code dOut}, after a {@link #forward} of the same rows.
     */
    void backward(float[][] p, float[][] middleTransposed, Workspace ws, float[][] dOut, int rows, float[][] grad) {
        for (int n = 0; n < rows; n++) {
            float[] a1 = ws.a1[n];
            float[] a2 = ws.a2[n];
            float[] d1 = ws.d1[n];
            float[] d2 = ws.d2[n];
            float[] g = dOut[n];
            float[] x = ws.in[n];
            // output layer: dW3 += a2^T g, db3 += g, d2 = (g W3^T) masked by a2 > 0
            float[] gb3 = grad[b3];
            for (int o = 0; o < output; o++) {
                gb3[o] += g[o];
            }
            for (int k = 0; k < h2; k++) {
                float a = a2[k];
                float d = 0f;
                if (a != 0f) {
                    float[] w = p[w3 + k];
                    float[] gw = grad[w3 + k];
                    for (int o = 0; o < output; o++) {
                        gw[o] += a * g[o];
                        d += g[o] * w[o];
                    }
                }
                d2[k] = d;
            }
            // middle layer: dW2 += a1^T d2, db2 += d2, d1 = (d2 W2^T) masked by a1 > 0
            float[] gb2 = grad[b2];
            for (int j = 0; j < h2; j++) {
                gb2[j] += d2[j];
            }
            for (int k = 0; k < h1; k++) {
                float a = a1[k];
                if (a != 0f) {
                    float[] gw = grad[w2 + k];
                    for (int j = 0; j < h2; j++) {
                        gw[j] += a * d2[j];
                    }
                }
            }
            Arrays.fill(d1, 0f);
            for (int j = 0; j < h2; j++) {
                float d = d2[j];
                if (d != 0f) {
                    float[] t = middleTransposed[j];
                    for (int k = 0; k < h1; k++) {
                        d1[k] += d * t[k];
                    }
                }
            }
            for (int k = 0; k < h1; k++) {
                if (a1[k] == 0f) {
                    d1[k] = 0f;
                }
            }
            // first layer: dW1 += x^T d1, db1 += d1
            float[] gb1 = grad[b1];
            for (int k = 0; k < h1; k++) {
                gb1[k] += d1[k];
            }
            for (int i = 0; i < input; i++) {
                float a = x[i];
                if (a != 0f) {
                    float[] gw = grad[w1 + i];
                    for (int k = 0; k < h1; k++) {
                        gw[k] += a * d1[k];
                    }
                }
            }
        }
    }
}
