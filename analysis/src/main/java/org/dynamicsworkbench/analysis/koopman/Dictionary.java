package org.dynamicsworkbench.analysis.koopman;

/**
 * A finite set of observables psi_1 .. psi_N evaluated on states of a fixed dimension. Implementations are
 * immutable and thread-safe; {@link #evaluate} must not allocate.
 */
public interface Dictionary {

    /** Dimension of the states the observables take. */
    int inputDimension();

    /** Number of observables N. */
    int size();

    /**
     * Writes psi_1(x) .. psi_N(x) to {@code out[outOffset ..]}, where x is
     * {@code state[offset .. offset + inputDimension())}.
     */
    void evaluate(double[] state, int offset, double[] out, int outOffset);

    /** A readable name of observable j (e.g. "x0^2 x1"). */
    String name(int j);

    /** Union: this dictionary's observables followed by {@code other}'s, on the same states. */
    default Dictionary and(Dictionary other) {
        return CompositeDictionary.union(this, other);
    }

    /** Composition: this dictionary evaluated on the outputs of {@code inner}. */
    default Dictionary after(Dictionary inner) {
        return CompositeDictionary.compose(this, inner);
    }
}
