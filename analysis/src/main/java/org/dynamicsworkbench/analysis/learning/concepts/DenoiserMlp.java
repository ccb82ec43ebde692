package org.dynamicsworkbench.analysis.learning.concepts;

/**
 * The denoiser's shape and arithmetic: {@code input -> h1 -> h2 -> 3} with ReLU, all parameters in one flat
 * float array (layer l's weight is in x out row-major, followed by its bias), so Adam is one loop. The forward
 * and backward passes are written in "axpy" form over contiguous rows ({@code row[j] += a * w[j]}) and skip the
 * zero activations of the ReLUs; the backward pass through the middle layer reads a transposed copy of its weight
 * (refreshed by {@link #transposeMiddle}). Stateless apart from the sizes; the buffers live in a {@link Workspace}.
 */
final class DenoiserMlp {
    final int input;
    final int h1;
    final int h2;
    final int output;
    final int w1;
    final int b1;
    final int w2;
    final int b2;
    final int w3;
    final int b3;
    final int size;

    DenoiserMlp(int input, int h1, int h2, int output) {
        this.input = input;
        this.h1 = h1;
        this.h2 = h2;
        this.output = output;
        w1 = 0;
        b1 = w1 + input * h1;
        w2 = b1 + h1;
        b2 = w2 + h1 * h2;
        w3 = b2 + h2;
        b3 = w3 + h2 * output;
        size = b3 + output;
    }

    /** Buffers for batches of up to {@code capacity} rows. */
    final class Workspace {
        final int capacity;
        final float[] in;
        final float[] a1;
        final float[] a2;
        final float[] out;
        final float[] d1;
        final float[] d2;

        Workspace(int capacity, boolean backward) {
            this.capacity = capacity;
            in = new float[capacity * input];
            a1 = new float[capacity * h1];
            a2 = new float[capacity * h2];
            out = new float[capacity * output];
            d1 = backward ? new float[capacity * h1] : null;
            d2 = backward ? new float[capacity * h2] : null;
        }
    }

    /** PyTorch's default Linear initialisation: weights and biases uniform in +-1/sqrt(fan_in). */
    void initialise(float[] theta, org.dynamicsworkbench.analysis.learning.SeededRandom rng) {
        fillUniform(theta, w1, input * h1 + h1, 1 / Math.sqrt(input), rng);
        fillUniform(theta, w2, h1 * h2 + h2, 1 / Math.sqrt(h1), rng);
        fillUniform(theta, w3, h2 * output + output, 1 / Math.sqrt(h2), rng);
    }

    private static void fillUniform(float[] theta, int from, int count, double bound,
            org.dynamicsworkbench.analysis.learning.SeededRandom rng) {
        for (int i = from; i < from + count; i++) {
            theta[i] = (float) ((2 * rng.nextDouble() - 1) * bound);
        }
    }

    /** {@code transposed[j * h1 + k] = W2[k * h2 + j]}. */
    void transposeMiddle(float[] theta, float[] transposed) {
        for (int k = 0; k < h1; k++) {
            int row = w2 + k * h2;
            for (int j = 0; j < h2; j++) {
                transposed[j * h1 + k] = theta[row + j];
            }
        }
    }

    /** Forward pass of {@code rows} inputs in {@code ws.in}; the result is in {@code ws.out}. */
    void forward(float[] theta, Workspace ws, int rows) {
        layer(theta, ws.in, input, ws.a1, h1, w1, b1, rows, true);
        layer(theta, ws.a1, h1, ws.a2, h2, w2, b2, rows, true);
        float[] a2 = ws.a2;
        float[] out = ws.out;
        for (int n = 0; n < rows; n++) {
            for (int o = 0; o < output; o++) {
                out[n * output + o] = theta[b3 + o];
            }
            for (int k = 0; k < h2; k++) {
                float a = a2[n * h2 + k];
                if (a != 0f) {
                    int w = w3 + k * output;
                    for (int o = 0; o < output; o++) {
                        out[n * output + o] += a * theta[w + o];
                    }
                }
            }
        }
    }

    private static void layer(float[] theta, float[] x, int in, float[] y, int out, int w, int b, int rows,
            boolean relu) {
        for (int n = 0; n < rows; n++) {
            int yo = n * out;
            System.arraycopy(theta, b, y, yo, out);
            int xo = n * in;
            for (int k = 0; k < in; k++) {
                float a = x[xo + k];
                if (a != 0f) {
                    int wo = w + k * out;
                    for (int j = 0; j < out; j++) {
                        y[yo + j] += a * theta[wo + j];
                    }
                }
            }
            if (relu) {
                for (int j = 0; j < out; j++) {
                    if (y[yo + j] < 0f) {
                        y[yo + j] = 0f;
                    }
                }
            }
        }
    }

    /**
     * Accumulates into {@code grad} (zeroed by the caller) the gradient of the loss whose derivative with respect
     * to the outputs is in {@code dOut}, after a {@link #forward} of the same rows.
     */
    void backward(float[] theta, float[] middleTransposed, Workspace ws, float[] dOut, int rows, float[] grad) {
        float[] a1 = ws.a1;
        float[] a2 = ws.a2;
        float[] d1 = ws.d1;
        float[] d2 = ws.d2;
        float[] x = ws.in;
        for (int n = 0; n < rows; n++) {
            int ao = n * h2;
            for (int o = 0; o < output; o++) {
                grad[b3 + o] += dOut[n * output + o];
            }
            for (int k = 0; k < h2; k++) {
                float a = a2[ao + k];
                float d = 0f;
                if (a != 0f) {
                    int w = w3 + k * output;
                    for (int o = 0; o < output; o++) {
                        float g = dOut[n * output + o];
                        grad[w + o] += a * g;
                        d += g * theta[w + o];
                    }
                }
                d2[ao + k] = d;
            }
        }
        // middle layer: dW2 += a1^T d2, db2 += d2, d1 = (d2 W2^T) masked by a1 > 0
        for (int n = 0; n < rows; n++) {
            int d2o = n * h2;
            int a1o = n * h1;
            for (int j = 0; j < h2; j++) {
                grad[b2 + j] += d2[d2o + j];
            }
            for (int k = 0; k < h1; k++) {
                float a = a1[a1o + k];
                if (a != 0f) {
                    int g = w2 + k * h2;
                    for (int j = 0; j < h2; j++) {
                        grad[g + j] += a * d2[d2o + j];
                    }
                }
            }
            java.util.Arrays.fill(d1, a1o, a1o + h1, 0f);
            for (int j = 0; j < h2; j++) {
                float g = d2[d2o + j];
                if (g != 0f) {
                    int t = j * h1;
                    for (int k = 0; k < h1; k++) {
                        d1[a1o + k] += g * middleTransposed[t + k];
                    }
                }
            }
            for (int k = 0; k < h1; k++) {
                if (a1[a1o + k] == 0f) {
                    d1[a1o + k] = 0f;
                }
            }
        }
        // first layer: dW1 += x^T d1, db1 += d1
        for (int n = 0; n < rows; n++) {
            int d1o = n * h1;
            for (int k = 0; k < h1; k++) {
                grad[b1 + k] += d1[d1o + k];
            }
            for (int i = 0; i < input; i++) {
                float a = x[n * input + i];
                if (a != 0f) {
                    int g = w1 + i * h1;
                    for (int k = 0; k < h1; k++) {
                        grad[g + k] += a * d1[d1o + k];
                    }
                }
            }
        }
    }
}
