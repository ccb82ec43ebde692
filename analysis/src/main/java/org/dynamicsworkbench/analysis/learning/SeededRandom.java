package org.dynamicsworkbench.analysis.learning;

import java.util.Arrays;

/**
 * A seeded random source whose whole state can be saved in a checkpoint and restored exactly:
 * xoshiro256** (Blackman and Vigna) seeded through SplitMix64, with Gaussian deviates by the polar
 * Box-Muller method (the spare deviate is part of the state). Not thread-safe.
 */
public final class SeededRandom {
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private boolean hasSpare;
    private double spare;

    public SeededRandom(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = mix(x);
    }

    private SeededRandom(long[] state) {
        if (state.length != 6) {
            throw new IllegalArgumentException("random state needs 6 values, got " + state.length);
        }
        s0 = state[0];
        s1 = state[1];
        s2 = state[2];
        s3 = state[3];
        if ((s0 | s1 | s2 | s3) == 0) {
            throw new IllegalArgumentException("random state is all zero");
        }
        if (state[4] != 0 && state[4] != 1) {
            throw new IllegalArgumentException("random state spare flag must be 0 or 1, got " + state[4]);
        }
        hasSpare = state[4] == 1;
        spare = Double.longBitsToDouble(state[5]);
    }

    /** Restores a source saved with {@link #state()}. */
    public static SeededRandom fromState(long[] state) {
        return new SeededRandom(state);
    }

    /** The complete state (6 values), for checkpoints. */
    public long[] state() {
        return new long[] {s0, s1, s2, s3, hasSpare ? 1 : 0, Double.doubleToRawLongBits(spare)};
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The next 64 random bits. */
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        int m = bound - 1;
        int r = (int) (nextLong() >>> 33);
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = (int) (nextLong() >>> 33)) {
            // rejects the top partial block so that every residue is equally likely
        }
        return r;
    }

    /** Standard normal deviate. */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spare = v * f;
        hasSpare = true;
        return u * f;
    }

    /** Shuffles {@code values} in place (Fisher-Yates). */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    @Override
    public String toString() {
        return "SeededRandom" + Arrays.toString(state());
    }
}
