package org.dynamicsworkbench.analysis.learning.grokking;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The grokking MLP on ND4J (OpenBLAS on the CPU, or CUDA under the {@code cuda} Maven profile). Tensors stay
 * in ND4J float arrays: the embeddings are held transposed (p x N, one row per token) so that the gather
 * h = U[:, a] + V[:, b] is a row pull and the gradient of U and V a row scatter-add; the three products are
 * gemm calls; AdamW runs as in-place element-wise ops on preallocated arrays.
 */
final class Nd4jGrokkingEngine implements GrokkingEngine {
    private final int p;
    private final int width;
    private final int n;
    private final int[] trainA;
    private final int[] trainB;
    private final double lr;
    private final double wd;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final String backend;

    private final INDArray ut;  // p x N
    private final INDArray vt;  // p x N
    private final INDArray w;   // p x N
    private final INDArray[] params;
    private final INDArray[] grads;
    private final INDArray[] firstMoments;
    private final INDArray[] secondMoments;
    private long t;

    private final INDArray aIndex;
    private final INDArray bIndex;
    private final INDArray targets; // n x p one-hot
    private final INDArray h;       // n x N
    private final INDArray z;       // n x N, then G_z, then G_h
    private final INDArray o;       // n x p, then G_o
    private final INDArray scratch; // p x N
    private final INDArray scratch2; // p x N

    // all-pairs evaluation buffers, allocated on first use
    private INDArray allH;
    private INDArray allHb;
    private INDArray allO;
    private int[] allA;
    private int[] allB;

    /**
     * @param config the hyperparameters
     * @param split  the train pairs
     * @param state  initial parameters and moments (copied into ND4J arrays)
     */
    Nd4jGrokkingEngine(GrokkingConfig config, GrokkingSplit split, GrokkingState state) {
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
        this.lr = config.lr();
        this.wd = config.wd();
        this.beta1 = config.beta1();
        this.beta2 = config.beta2();
        this.eps = config.eps();
        this.backend = Nd4j.getEnvironment().isCPU() ? "nd4j-cpu" : "nd4j-cuda";
        this.ut = fromNxP(state.u());
        this.vt = fromNxP(state.v());
        this.w = fromPxN(state.w());
        this.params = new INDArray[] {ut, vt, w};
        this.firstMoments = new INDArray[] {fromNxP(state.mU()), fromNxP(state.mV()), fromPxN(state.mW())};
        this.secondMoments = new INDArray[] {fromNxP(state.vU()), fromNxP(state.vV()), fromPxN(state.vW())};
        this.grads = new INDArray[] {zeros(p, width), zeros(p, width), zeros(p, width)};
        this.t = state.t();
        this.aIndex = Nd4j.createFromArray(trainA);
        this.bIndex = Nd4j.createFromArray(trainB);
        float[] y = new float[n * p];
        int[] labels = split.labels(train);
        for (int s = 0; s < n; s++) {
            y[s * p + labels[s]] = 1f;
        }
        this.targets = Nd4j.create(y, new long[] {n, p}, 'c');
        this.h = zeros(n, width);
        this.z = zeros(n, width);
        this.o = zeros(n, p);
        this.scratch = zeros(p, width);
        this.scratch2 = zeros(p, width);
    }

    private static INDArray zeros(long rows, long cols) {
        return Nd4j.zeros(DataType.FLOAT, rows, cols);
    }

    /** An N x p row-major array, stored transposed (p x N). */
    private INDArray fromNxP(float[] values) {
        return Nd4j.create(values, new long[] {width, p}, 'c').transpose().dup('c');
    }

    private INDArray fromPxN(float[] values) {
        return Nd4j.create(values, new long[] {p, width}, 'c').dup('c');
    }

    private static float[] toNxP(INDArray transposed) {
        return transposed.transpose().dup('c').data().asFloat();
    }

    private static float[] toPxN(INDArray a) {
        return a.dup('c').data().asFloat();
    }

    @Override
    public String backend() {
        return backend;
    }

    @Override
    public double step() {
        // forward: h = U[:, a] + V[:, b] (rows of the transposed embeddings), z = h^2, o = z W^T
        Nd4j.pullRows(ut, h, 1, trainA);
        Nd4j.pullRows(vt, z, 1, trainB);
        h.addi(z);
        h.mul(h, z);
        Nd4j.gemm(z, w, o, false, true, 1.0, 0.0);
        // G_o = 2 (o - Y) / (n p)
        o.subi(targets);
        double norm = o.norm2Number().doubleValue();
        double loss = norm * norm / ((double) n * p);
        o.muli(2.0 / ((double) n * p));
        // dW = G_o^T z; G_z = G_o W; G_h = 2 h G_z
        Nd4j.gemm(o, z, grads[2], true, false, 1.0, 0.0);
        Nd4j.gemm(o, w, z, false, false, 1.0, 0.0);
        z.muli(h).muli(2.0);
        // dU[:, a_s] += G_h[s], dV[:, b_s] += G_h[s]: scatter-add into the transposed gradients' rows
        scatterAdd(grads[0], aIndex, z);
        scatterAdd(grads[1], bIndex, z);
        t++;
        double bc1 = 1 - Math.pow(beta1, t);
        double bc2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < 3; i++) {
            adamW(params[i], grads[i], firstMoments[i], secondMoments[i], bc1, bc2);
        }
        return loss;
    }

    private static void scatterAdd(INDArray target, INDArray indices, INDArray updates) {
        target.assign(0);
        Nd4j.getExecutioner().exec(DynamicCustomOp.builder("scatter_add")
                .addInputs(target, indices, updates).addOutputs(target).build());
    }

    /** Torch's AdamW on one parameter array; {@code g} is overwritten. */
    private void adamW(INDArray param, INDArray g, INDArray m, INDArray v, double bc1, double bc2) {
        v.muli(beta2);
        g.mul(g, scratch).muli(1 - beta2);
        v.addi(scratch);
        m.muli(beta1);
        g.muli(1 - beta1);
        m.addi(g);
        Nd4j.getExecutioner().exec(new Sqrt(v, scratch));
        scratch.muli(1 / Math.sqrt(bc2)).addi(eps);
        m.div(scratch, scratch2);
        param.muli(1 - lr * wd);
        scratch2.muli(lr / bc1);
        param.subi(scratch2);
    }

    @Override
    public double weightNormSq() {
        double s = 0;
        for (INDArray a : params) {
            double norm = a.norm2Number().doubleValue();
            s += norm * norm;
        }
        return s;
    }

    @Override
    public void logitsOfAllPairs(float[] out) {
        int total = p * p;
        if (out.length != total * p) {
            throw new IllegalArgumentException("logits need " + total * p + " values, got " + out.length);
        }
        if (allH == null) {
            allH = zeros(total, width);
            allHb = zeros(total, width);
            allO = zeros(total, p);
            allA = new int[total];
            allB = new int[total];
            for (int pair = 0; pair < total; pair++) {
                allA[pair] = pair / p;
                allB[pair] = pair % p;
            }
        }
        Nd4j.pullRows(ut, allH, 1, allA);
        Nd4j.pullRows(vt, allHb, 1, allB);
        allH.addi(allHb);
        allH.muli(allH);
        Nd4j.gemm(allH, w, allO, false, true, 1.0, 0.0);
        float[] values = allO.data().asFloat();
        System.arraycopy(values, 0, out, 0, out.length);
    }

    @Override
    public GrokkingState state() {
        return new GrokkingState(p, width, toNxP(ut), toNxP(vt), toPxN(w), toNxP(firstMoments[0]),
                toNxP(secondMoments[0]), toNxP(firstMoments[1]), toNxP(secondMoments[1]), toPxN(firstMoments[2]),
                toPxN(secondMoments[2]), t);
    }
}
