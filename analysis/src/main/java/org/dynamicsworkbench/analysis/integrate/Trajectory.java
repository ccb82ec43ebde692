package org.dynamicsworkbench.analysis.integrate;

import java.util.Arrays;

/**
 * Immutable sampled trajectory: {@code length()} states of {@code dimension()} numbers at times
 * {@code t0 + i * dt} (for maps dt = 1). Stored row-major in one flat array.
 */
public final class Trajectory {
    private final int dimension;
    private final int length;
    private final double t0;
    private final double dt;
    private final double[] states;

    /** Takes ownership of nothing: {@code states} (row-major, length x dimension) is copied. */
    public static Trajectory of(int dimension, double t0, double dt, double[] states) {
        return new Trajectory(dimension, t0, dt, states.clone());
    }

    /** For integrators that built a fresh array no one else holds. */
    static Trajectory wrap(int dimension, double t0, double dt, double[] states) {
        return new Trajectory(dimension, t0, dt, states);
    }

    private Trajectory(int dimension, double t0, double dt, double[] states) {
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be positive: " + dimension);
        }
        if (states.length % dimension != 0) {
            throw new IllegalArgumentException("states length " + states.length + " is not a multiple of " + dimension);
        }
        this.dimension = dimension;
        this.length = states.length / dimension;
        this.t0 = t0;
        this.dt = dt;
        this.states = states;
    }

    public int dimension() {
        return dimension;
    }

    /** Number of states (steps + 1). */
    public int length() {
        return length;
    }

    public double t0() {
        return t0;
    }

    public double dt() {
        return dt;
    }

    public double time(int i) {
        return t0 + i * dt;
    }

    public double get(int i, int component) {
        return states[i * dimension + component];
    }

    /** A copy of state i. */
    public double[] state(int i) {
        return Arrays.copyOfRange(states, i * dimension, (i + 1) * dimension);
    }

    /** A copy of the last state. */
    public double[] lastState() {
        return state(length - 1);
    }

    /** A copy of all states, row-major. */
    public double[] toArray() {
        return states.clone();
    }

    /** Copies all states, row-major, into {@code dst} at {@code offset}. */
    public void copyTo(double[] dst, int offset) {
        System.arraycopy(states, 0, dst, offset, states.length);
    }

    /** Components {@code c0, c1, c2} of every state as floats, interleaved (x0 y0 z0 x1 ...), for upload to a GPU. */
    public float[] toFloatXyz(int c0, int c1, int c2) {
        float[] out = new float[length * 3];
        for (int i = 0, j = 0; i < length; i++, j += 3) {
            int base = i * dimension;
            out[j] = (float) states[base + c0];
            out[j + 1] = (float) states[base + c1];
            out[j + 2] = (float) states[base + c2];
        }
        return out;
    }
}
