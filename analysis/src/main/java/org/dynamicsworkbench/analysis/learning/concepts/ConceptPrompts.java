package org.dynamicsworkbench.analysis.learning.concepts;

/**
 * The five evaluation prompts of the concept experiment: classes 0..3 (class {@code k} is the corner
 * {@code (k >> 1, k & 1)}: 0 = (0,0), 1 = (0,1), 2 = (1,0) trained, 3 = (1,1) held out) and the over-prompted
 * held-out class (its conditioning vector multiplied by the over-prompt scale).
 */
final class ConceptPrompts {
    static final int CLASSES = 4;
    static final int HELD_OUT = 3;
    /** Index of the over-prompted held-out prompt. */
    static final int OVERPROMPT = 4;
    static final int COUNT = 5;

    private ConceptPrompts() {
    }

    static int corner1(int k) {
        return k >> 1;
    }

    static int corner2(int k) {
        return k & 1;
    }

    /** Writes the conditioning of class {@code k} scaled by {@code scale} into {@code out[off ..)}. */
    static void write(ConceptConfig c, int k, double scale, float[] out, int off) {
        int c1 = corner1(k);
        int c2 = corner2(k);
        if (c.conditioning() == Conditioning.CLASSY) {
            out[off] = (float) (scale * (1 - c1));
            out[off + 1] = (float) (scale * c1);
            out[off + 2] = (float) (scale * (1 - c2));
            out[off + 3] = (float) (scale * c2);
        } else {
            out[off] = (float) (scale * c1 * c.sep1());
            out[off + 1] = (float) (scale * c2 * c.sep2());
        }
    }

    /** The conditioning of evaluation prompt {@code p} (0..4). */
    static float[] conditioning(ConceptConfig c, int p) {
        float[] out = new float[c.conditioning().dims()];
        if (p == OVERPROMPT) {
            write(c, HELD_OUT, c.overpromptScale(), out, 0);
        } else {
            write(c, p, 1, out, 0);
        }
        return out;
    }
}
