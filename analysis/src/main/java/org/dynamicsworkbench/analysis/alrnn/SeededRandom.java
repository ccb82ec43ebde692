package org.dynamicsworkbench.analysis.alrnn;

/**
 * A SplitMix64 generator whose whole state is one {@code long}, so that a training run can save it in a
 * checkpoint and resume with exactly the same stream. Gaussians come from the Box-Muller transform in
 * pairs inside {@link #fillGaussian}; no value is cached between calls, so the state stays one number.
 * Not thread-safe.
 */
public final class SeededRandom {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double TWO_PI = 2 * Math.PI;
    private long state;

    public SeededRandom(long seed) {
        this.state = seed;
    }

    /** The state to save; {@code new SeededRandom(state())} continues the same stream. */
    public long state() {
        return state;
    }

    public long nextLong() {
        long z = (state += GOLDEN);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), unbiased (rejection). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
        long r;
        do {
            r = nextLong() >>> 1;
        } while (r >= limit);
        return (int) (r % bound);
    }

    /** One standard normal number (uses one pair of uniforms, discards the second Gaussian). */
    public double nextGaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(TWO_PI * v);
    }

    /** Adds {@code sigma} times standard normal numbers to {@code a[from..to)}. */
    public void addGaussian(double[] a, int from, int to, double sigma) {
        int i = from;
        for (; i + 1 < to; i += 2) {
            double u = 1.0 - nextDouble();
            double v = nextDouble();
            double r = sigma * Math.sqrt(-2 * Math.log(u));
            a[i] += r * Math.cos(TWO_PI * v);
            a[i + 1] += r * Math.sin(TWO_PI * v);
        }
        if (i < to) {
            a[i] += sigma * nextGaussian();
        }
    }

    /** Fills {@code a} with standard normal numbers. */
    public void fillGaussian(double[] a) {
        java.util.Arrays.fill(a, 0.0);
        addGaussian(a, 0, a.length, 1.0);
    }
}
