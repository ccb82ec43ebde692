package org.dynamicsworkbench.analysis.learning.grokking;

/**
 * The grokking MLP on flat float arrays, single-threaded. Activations are kept transposed (hidden unit x
 * sample) so that the three products o = Z W^T, dW = G_o^T Z and G_z = G_o W all run their innermost loop
 * over a contiguous index in "axpy" form, four rank-1 updates at a time (the JIT vectorises these; it does not
 * vectorise floating-point reductions). The products walk the samples in tiles of {@value #TILE} so that the
 * activations they reread stay in cache at the large preset's sizes.
 */
final class JavaGrokkingEngine implements GrokkingEngine {
    /** Pairs per chunk when evaluating all p^2 pairs (bounds the work arrays). */
    private static final int CHUNK = 1024;
    /** Samples per cache tile in the three products (a tile of N = 500 activations is 256 KB). */
    private static final int TILE = 128;

    private final int p;
    private final int width;
    private final int n;
    private final int[] trainA;
    private final int[] trainB;
    private final int[] trainY;
    private final float beta1;
    private final float beta2;
    private final float eps;
    private final double lr;
    private final double wd;

    private final float[] u;
    private final float[] v;
    private final float[] w;
    private final float[] mU;
    private final float[] vU;
    private final float[] mV;
    private final float[] vV;
    private final float[] mW;
    private final float[] vW;
    private long t;
    private double weightNormSq;

    // work arrays, sized for the train batch; evaluation reuses them in chunks of at most max(n, CHUNK)
    private final int capacity;
    private final float[] ht;   // N x cap: h transposed
    private final float[] zt;   // N x cap: z = h^2 transposed
    private final float[] z;    // cap x N: z
    private final float[] ot;   // p x cap: outputs transposed, then G_o transposed
    private final float[] gzRow; // cap: one row of G_z transposed
    private final float[] gU;
    private final float[] gV;
    private final float[] gW;
    private final int[] chunkA;
    private final int[] chunkB;

    /**
     * @param config the hyperparameters
     * @param split  the train pairs
     * @param state  initial parameters and moments (copied)
     */
    JavaGrokkingEngine(GrokkingConfig config, GrokkingSplit split, GrokkingState state) {
        if (state.p() != config.p() || state.width() != config.width()) {
            throw new IllegalArgumentException("state is for p = " + state.p() + ", width = " + state.width()
                    + "; config has p = " + config.p() + ", width = " + config.width());
        }
        this.p = config.p();
        this.width = config.width();
        int[] train = split.trainPairs();
        this.n = train.length;
        this.trainA = split.firstTokens(train);
        this.trainB = split.secondTokens(train);
        this.trainY = split.labels(train);
        this.beta1 = (float) config.beta1();
        this.beta2 = (float) config.beta2();
        this.eps = (float) config.eps();
        this.lr = config.lr();
        this.wd = config.wd();
        this.u = state.u().clone();
        this.v = state.v().clone();
        this.w = state.w().clone();
        this.mU = state.mU().clone();
        this.vU = state.vU().clone();
        this.mV = state.mV().clone();
        this.vV = state.vV().clone();
        this.mW = state.mW().clone();
        this.vW = state.vW().clone();
        this.t = state.t();
        this.capacity = Math.max(n, Math.min(CHUNK, p * p));
        this.ht = new float[width * capacity];
        this.zt = new float[width * capacity];
        this.z = new float[capacity * width];
        this.ot = new float[p * capacity];
        this.gzRow = new float[capacity];
        this.gU = new float[p * width];
        this.gV = new float[p * width];
        this.gW = new float[p * width];
        this.chunkA = new int[capacity];
        this.chunkB = new int[capacity];
        this.weightNormSq = sumSquares(u) + sumSquares(v) + sumSquares(w);
    }

    @Override
    public String backend() {
        return "java";
    }

    @Override
    public double step() {
        double loss = gradients();
        t++;
        double bc1 = 1 - Math.pow(beta1, t);
        double bc2 = 1 - Math.pow(beta2, t);
        float decay = (float) (1 - lr * wd);
        float stepSize = (float) (lr / bc1);
        float invSqrtBc2 = (float) (1 / Math.sqrt(bc2));
        weightNormSq = adamW(u, gU, mU, vU, decay, stepSize, invSqrtBc2)
                + adamW(v, gV, mV, vV, decay, stepSize, invSqrtBc2)
                + adamW(w, gW, mW, vW, decay, stepSize, invSqrtBc2);
        return loss;
    }

    @Override
    public double weightNormSq() {
        return weightNormSq;
    }

    /**
     * Fills the gradient arrays for the current parameters (spec section 1.2) and returns the train loss.
     * Package-private for the finite-difference test.
     */
    double gradients() {
        forward(trainA, trainB, n);
        // G_o^T = 2 (O - Y)^T / (n p), in place in ot
        double loss = 0;
        float scale = (float) (2.0 / ((double) n * p));
        for (int c = 0; c < p; c++) {
            int row = c * n;
            for (int s = 0; s < n; s++) {
                float d = ot[row + s] - (trainY[s] == c ? 1f : 0f);
                loss += (double) d * d;
                ot[row + s] = d * scale;
            }
        }
        loss /= (double) n * p;
        transposeZ(n);
        // dW[c, :] = sum_s G_o[s, c] Z[s, :], one tile of samples at a time (the tile of Z stays in cache)
        java.util.Arrays.fill(gW, 0f);
        for (int s0 = 0; s0 < n; s0 += TILE) {
            int s1 = Math.min(n, s0 + TILE);
            for (int c = 0; c < p; c++) {
                int gRow = c * width;
                int oRow = c * n;
                int s = s0;
                for (; s + 3 < s1; s += 4) {
                    float g0 = ot[oRow + s];
                    float g1 = ot[oRow + s + 1];
                    float g2 = ot[oRow + s + 2];
                    float g3 = ot[oRow + s + 3];
                    int z0 = s * width;
                    int z1 = z0 + width;
                    int z2 = z1 + width;
                    int z3 = z2 + width;
                    for (int j = 0; j < width; j++) {
                        gW[gRow + j] += g0 * z[z0 + j] + g1 * z[z1 + j] + g2 * z[z2 + j] + g3 * z[z3 + j];
                    }
                }
                for (; s < s1; s++) {
                    float g0 = ot[oRow + s];
                    int z0 = s * width;
                    for (int j = 0; j < width; j++) {
                        gW[gRow + j] += g0 * z[z0 + j];
                    }
                }
            }
        }
        // G_z^T[j, :] = sum_c W[c, j] G_o^T[c, :]; G_h = 2 h G_z; scatter-add into dU[:, a_s], dV[:, b_s]
        java.util.Arrays.fill(gU, 0f);
        java.util.Arrays.fill(gV, 0f);
        for (int s0 = 0; s0 < n; s0 += TILE) {
            int s1 = Math.min(n, s0 + TILE);
            for (int j = 0; j < width; j++) {
                java.util.Arrays.fill(gzRow, s0, s1, 0f);
                int c = 0;
                for (; c + 3 < p; c += 4) {
                    float w0 = w[c * width + j];
                    float w1 = w[(c + 1) * width + j];
                    float w2 = w[(c + 2) * width + j];
                    float w3 = w[(c + 3) * width + j];
                    int o0 = c * n;
                    int o1 = o0 + n;
                    int o2 = o1 + n;
                    int o3 = o2 + n;
                    for (int s = s0; s < s1; s++) {
                        gzRow[s] += w0 * ot[o0 + s] + w1 * ot[o1 + s] + w2 * ot[o2 + s] + w3 * ot[o3 + s];
                    }
                }
                for (; c < p; c++) {
                    float w0 = w[c * width + j];
                    int o0 = c * n;
                    for (int s = s0; s < s1; s++) {
                        gzRow[s] += w0 * ot[o0 + s];
                    }
                }
                int hRow = j * n;
                int pRow = j * p;
                for (int s = s0; s < s1; s++) {
                    float g = 2f * ht[hRow + s] * gzRow[s];
                    gU[pRow + trainA[s]] += g;
                    gV[pRow + trainB[s]] += g;
                }
            }
        }
        return loss;
    }

    /** Copies of the last gradients (dU, dV, dW in the parameters' layouts); for tests. */
    float[][] lastGradients() {
        return new float[][] {gU.clone(), gV.clone(), gW.clone()};
    }

    /** h, z = h^2 (transposed) and o^T = W z^T for the first {@code count} pairs of (a, b). */
    private void forward(int[] a, int[] b, int count) {
        for (int j = 0; j < width; j++) {
            int row = j * count;
            int pRow = j * p;
            for (int s = 0; s < count; s++) {
                float h = u[pRow + a[s]] + v[pRow + b[s]];
                ht[row + s] = h;
                zt[row + s] = h * h;
            }
        }
        for (int s0 = 0; s0 < count; s0 += TILE) {
            int s1 = Math.min(count, s0 + TILE);
            for (int c = 0; c < p; c++) {
                int oRow = c * count;
                java.util.Arrays.fill(ot, oRow + s0, oRow + s1, 0f);
                int wRow = c * width;
                int j = 0;
                for (; j + 3 < width; j += 4) {
                    float w0 = w[wRow + j];
                    float w1 = w[wRow + j + 1];
                    float w2 = w[wRow + j + 2];
                    float w3 = w[wRow + j + 3];
                    int z0 = j * count;
                    int z1 = z0 + count;
                    int z2 = z1 + count;
                    int z3 = z2 + count;
                    for (int s = s0; s < s1; s++) {
                        ot[oRow + s] += w0 * zt[z0 + s] + w1 * zt[z1 + s] + w2 * zt[z2 + s] + w3 * zt[z3 + s];
                    }
                }
                for (; j < width; j++) {
                    float w0 = w[wRow + j];
                    int z0 = j * count;
                    for (int s = s0; s < s1; s++) {
                        ot[oRow + s] += w0 * zt[z0 + s];
                    }
                }
            }
        }
    }

    /** z (count x N) from zt (N x count), in 16 x 16 blocks. */
    private void transposeZ(int count) {
        final int block = 16;
        for (int j0 = 0; j0 < width; j0 += block) {
            int j1 = Math.min(width, j0 + block);
            for (int s0 = 0; s0 < count; s0 += block) {
                int s1 = Math.min(count, s0 + block);
                for (int j = j0; j < j1; j++) {
                    int row = j * count;
                    for (int s = s0; s < s1; s++) {
                        z[s * width + j] = zt[row + s];
                    }
                }
            }
        }
    }

    @Override
    public void logitsOfAllPairs(float[] out) {
        int total = p * p;
        if (out.length != total * p) {
            throw new IllegalArgumentException("logits need " + total * p + " values, got " + out.length);
        }
        int chunk = Math.min(capacity, total);
        for (int start = 0; start < total; start += chunk) {
            int count = Math.min(chunk, total - start);
            for (int s = 0; s < count; s++) {
                chunkA[s] = (start + s) / p;
                chunkB[s] = (start + s) % p;
            }
            forward(chunkA, chunkB, count);
            for (int c = 0; c < p; c++) {
                int oRow = c * count;
                for (int s = 0; s < count; s++) {
                    out[(start + s) * p + c] = ot[oRow + s];
                }
            }
        }
    }

    @Override
    public GrokkingState state() {
        return new GrokkingState(p, width, u.clone(), v.clone(), w.clone(), mU.clone(), vU.clone(), mV.clone(),
                vV.clone(), mW.clone(), vW.clone(), t);
    }

    /**
     * AdamW with decoupled decay (torch's formula): m, v updated, w scaled by (1 - lr wd), then
     * w -= (lr / bc1) m / (sqrt(v) / sqrt(bc2) + eps). Returns the sum of squares of the new w.
     */
    private double adamW(float[] param, float[] grad, float[] m, float[] vv, float decay, float stepSize,
                         float invSqrtBc2) {
        float b1 = beta1;
        float b2 = beta2;
        float c1 = 1f - b1;
        float c2 = 1f - b2;
        float e = eps;
        double sum = 0;
        for (int i = 0; i < param.length; i++) {
            float g = grad[i];
            float mi = b1 * m[i] + c1 * g;
            float vi = b2 * vv[i] + c2 * g * g;
            m[i] = mi;
            vv[i] = vi;
            float denom = (float) Math.sqrt(vi) * invSqrtBc2 + e;
            float x = param[i] * decay - stepSize * mi / denom;
            param[i] = x;
            sum += (double) x * x;
        }
        return sum;
    }

    private static double sumSquares(float[] a) {
        double s = 0;
        for (float x : a) {
            s += (double) x * x;
        }
        return s;
    }
}
