package org.dynamicsworkbench.analysis.learning.grokking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.SeededRandom;
import org.dynamicsworkbench.analysis.learning.Tensor;

/**
 * Parameters and AdamW moments of the MLP in the spec's layout: U and V are N x p (column a is token a's
 * embedding), W is p x N, all row-major floats; {@code t} is the number of AdamW steps taken. A plain value
 * handed between engines and checkpoints; the arrays are the caller's (engines copy what they keep).
 *
 * @param p     modulus
 * @param width hidden width N
 */
record GrokkingState(int p, int width, float[] u, float[] v, float[] w, float[] mU, float[] vU, float[] mV,
                     float[] vV, float[] mW, float[] vW, long t) {

    GrokkingState {
        int size = p * width;
        for (float[] a : new float[][] {u, v, w, mU, vU, mV, vV, mW, vW}) {
            if (a.length != size) {
                throw new IllegalArgumentException("state arrays need " + size + " values, got " + a.length);
            }
        }
        if (t < 0) {
            throw new IllegalArgumentException("AdamW step count must be >= 0, got " + t);
        }
    }

    /**
     * The initialisation of spec section 1.2: U, V, W each N(0, (0.5 / (2N)^(1/3))^2), drawn in that order
     * (row-major) from {@code random}; zero moments.
     */
    static GrokkingState initial(int p, int width, SeededRandom random) {
        double std = 0.5 / Math.cbrt(2.0 * width);
        int size = p * width;
        float[] u = gaussian(size, std, random);
        float[] v = gaussian(size, std, random);
        float[] w = gaussian(size, std, random);
        return new GrokkingState(p, width, u, v, w, new float[size], new float[size], new float[size],
                new float[size], new float[size], new float[size], 0);
    }

    private static float[] gaussian(int size, double std, SeededRandom random) {
        float[] a = new float[size];
        for (int i = 0; i < size; i++) {
            a[i] = (float) (std * random.nextGaussian());
        }
        return a;
    }

    /** The optimiser moments: needed to resume, kept by the run store only in the newest checkpoint. */
    static final Set<String> RESUME_ONLY = Set.of("adam_m_U", "adam_v_U", "adam_m_V", "adam_v_V",
            "adam_m_W", "adam_v_W");

    /** The nine tensors of a checkpoint: U, V, W and adam_m_X / adam_v_X for each. */
    Map<String, Tensor> tensors() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        out.put("U", Tensor.matrix(width, p, u));
        out.put("V", Tensor.matrix(width, p, v));
        out.put("W", Tensor.matrix(p, width, w));
        out.put("adam_m_U", Tensor.matrix(width, p, mU));
        out.put("adam_v_U", Tensor.matrix(width, p, vU));
        out.put("adam_m_V", Tensor.matrix(width, p, mV));
        out.put("adam_v_V", Tensor.matrix(width, p, vV));
        out.put("adam_m_W", Tensor.matrix(p, width, mW));
        out.put("adam_v_W", Tensor.matrix(p, width, vW));
        return out;
    }

    /**
     * Reads the state back from a checkpoint of a p / width model.
     *
     * @throws IllegalArgumentException naming a missing or misshapen entry
     */
    static GrokkingState fromCheckpoint(int p, int width, Checkpoint checkpoint) {
        long[] t = checkpoint.integers("adam_t");
        if (t.length != 1 || t[0] < 0) {
            throw new IllegalArgumentException("checkpoint entry 'adam_t' must be one count >= 0");
        }
        return new GrokkingState(p, width,
                read(checkpoint, "U", width, p), read(checkpoint, "V", width, p), read(checkpoint, "W", p, width),
                read(checkpoint, "adam_m_U", width, p), read(checkpoint, "adam_v_U", width, p),
                read(checkpoint, "adam_m_V", width, p), read(checkpoint, "adam_v_V", width, p),
                read(checkpoint, "adam_m_W", p, width), read(checkpoint, "adam_v_W", p, width), t[0]);
    }

    private static float[] read(Checkpoint checkpoint, String name, int rows, int columns) {
        Tensor t = checkpoint.tensor(name);
        if (t.rows() != rows || t.columns() != columns) {
            throw new IllegalArgumentException("checkpoint tensor '" + name + "' must be " + rows + " x " + columns
                    + ", got " + t.rows() + " x " + t.columns());
        }
        return t.toFloats();
    }
}
