package org.dynamicsworkbench.analysis.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Reads the unbounded coordinates of a state (dysts' {@code unbounded_indices}, e.g. Duffing's forcing phase
 * z = omega t) as points on the circle, so that an analysis of the whole state sees bounded observables instead of
 * a phase that grows with time. This follows dysts, which post-processes these coordinates through cos and sin
 * before analysing a trajectory.
 *
 * <p>Convention: each unbounded coordinate c is replaced, in place, by the two columns cos(c), sin(c) (cos first);
 * every other coordinate keeps its value and its order. A state of dimension d with k unbounded coordinates becomes
 * one of dimension d + k: Duffing's (x, y, z) becomes (x, y, cos z, sin z). With no unbounded coordinate the
 * values are copied unchanged. Immutable.
 */
public final class UnboundedCoordinates {
    private final int dimension;
    private final int[] unbounded;
    private final boolean[] isUnbounded;

    /**
     * @param dimension        the state's dimension, at least 1
     * @param unboundedIndices the unbounded coordinates, distinct, each in 0..dimension-1 (any order)
     */
    public UnboundedCoordinates(int dimension, int[] unboundedIndices) {
        if (dimension < 1) {
            throw new IllegalArgumentException("the dimension must be at least 1, got " + dimension);
        }
        unbounded = unboundedIndices.clone();
        Arrays.sort(unbounded);
        isUnbounded = new boolean[dimension];
        for (int index : unbounded) {
            if (index < 0 || index >= dimension || isUnbounded[index]) {
                throw new IllegalArgumentException("unbounded indices must be distinct coordinates in 0.."
                        + (dimension - 1) + ", got " + Arrays.toString(unboundedIndices));
            }
            isUnbounded[index] = true;
        }
        this.dimension = dimension;
    }

    /** The unbounded coordinates a catalog system's metadata lists (none for most systems). */
    public static UnboundedCoordinates of(SystemMetadata metadata) {
        return new UnboundedCoordinates(metadata.dimension(), metadata.unboundedIndices());
    }

    /** No unbounded coordinate: {@link #embed} copies the values (for data read from a file). */
    public static UnboundedCoordinates none(int dimension) {
        return new UnboundedCoordinates(dimension, new int[0]);
    }

    /** The dimension of the states read in. */
    public int dimension() {
        return dimension;
    }

    /** The dimension of the states written out: the dimension plus one per unbounded coordinate. */
    public int embeddedDimension() {
        return dimension + unbounded.length;
    }

    /** The unbounded coordinates, in increasing order. */
    public int[] unboundedIndices() {
        return unbounded.clone();
    }

    /**
     * The states {@code rows x dimension} (row-major) with every unbounded coordinate replaced by its cos and sin:
     * {@code rows x embeddedDimension()}, row-major.
     *
     * @throws IllegalArgumentException when the length is not a whole number of states
     */
    public double[] embed(double[] states) {
        if (states.length % dimension != 0) {
            throw new IllegalArgumentException(states.length + " values are not whole states of dimension " + dimension);
        }
        if (unbounded.length == 0) {
            return states.clone();
        }
        int rows = states.length / dimension;
        int width = embeddedDimension();
        double[] out = new double[rows * width];
        for (int r = 0; r < rows; r++) {
            int in = r * dimension;
            int o = r * width;
            for (int c = 0; c < dimension; c++) {
                double value = states[in + c];
                if (isUnbounded[c]) {
                    out[o++] = Math.cos(value);
                    out[o++] = Math.sin(value);
                } else {
                    out[o++] = value;
                }
            }
        }
        return out;
    }

    /** The names of the embedded columns: an unbounded coordinate named z becomes cos(z), sin(z). */
    public List<String> embeddedNames(List<String> names) {
        if (names.size() != dimension) {
            throw new IllegalArgumentException(names.size() + " names for a state of dimension " + dimension);
        }
        List<String> out = new ArrayList<>(embeddedDimension());
        for (int c = 0; c < dimension; c++) {
            if (isUnbounded[c]) {
                out.add("cos(" + names.get(c) + ")");
                out.add("sin(" + names.get(c) + ")");
            } else {
                out.add(names.get(c));
            }
        }
        return List.copyOf(out);
    }
}
