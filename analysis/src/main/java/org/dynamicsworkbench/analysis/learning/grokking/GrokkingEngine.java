package org.dynamicsworkbench.analysis.learning.grokking;

/**
 * Where the grokking MLP's arithmetic runs: one full-batch AdamW step on the train pairs, the logits of all
 * p^2 pairs, and the parameters and moments read back as floats. Engines built from the same
 * {@link GrokkingState} follow the same equations (spec section 1.2); one engine is deterministic, so a state
 * read back and loaded into a fresh engine of the same kind continues bit for bit. Native memory (ND4J) is
 * released by the garbage collector, as ND4J does for arrays that are not closed. Not thread-safe.
 */
interface GrokkingEngine {

    /** {@code java}, {@code nd4j-cpu} or {@code nd4j-cuda}. */
    String backend();

    /**
     * One AdamW step on the full train batch.
     *
     * @return the train loss (MSE mean over n * p) before the update
     */
    double step();

    /** ||U||^2 + ||V||^2 + ||W||^2 of the current parameters (non-finite when a parameter is). */
    double weightNormSq();

    /**
     * The outputs o of all p^2 pairs at the current parameters into {@code out}, pair-major: entry
     * {@code (a * p + b) * p + c}.
     */
    void logitsOfAllPairs(float[] out);

    /** A copy of the parameters, moments and step count. */
    GrokkingState state();
}
