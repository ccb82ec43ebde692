package org.dynamicsworkbench.analysis.koopman;

import java.util.SplittableRandom;

/**
 * Radial basis functions psi_j(x) = phi(|x - c_j| / d) around centres c_j with bandwidth d. Centres can be
 * given or chosen from data by k-means (Lloyd iterations from a seeded subsample); the default bandwidth is
 * Colbrook's d = mean |x_m - mean(x)|.
 */
public final class RadialBasisDictionary implements Dictionary {
    private static final int KMEANS_ITERATIONS = 25;
    private static final int KMEANS_SAMPLE = 20_000;

    /** The radial profile. */
    public enum Shape {
        /** exp(-r/d), as in Colbrook's Duffing example. */
        EXPONENTIAL,
        /** exp(-r^2/d^2). */
        GAUSSIAN
    }

    private final int dimension;
    private final double[] centres;
    private final double bandwidth;
    private final Shape shape;

    /**
     * @param dimension state dimension
     * @param centres   row-major centres, k x dimension
     * @param bandwidth d &gt; 0
     */
    public RadialBasisDictionary(int dimension, double[] centres, double bandwidth, Shape shape) {
        if (dimension < 1 || centres.length == 0 || centres.length % dimension != 0) {
            throw new IllegalArgumentException("radial basis centres must be a whole, non-empty number of "
                    + dimension + "-dimensional points, got " + centres.length + " values");
        }
        if (!(bandwidth > 0) || !Double.isFinite(bandwidth)) {
            throw new IllegalArgumentException("radial basis bandwidth must be a positive number, got " + bandwidth);
        }
        this.dimension = dimension;
        this.centres = centres.clone();
        this.bandwidth = bandwidth;
        this.shape = shape;
    }

    /**
     * {@code count} functions with k-means centres of the x states and bandwidth mean |x - mean(x)|.
     *
     * @throws IllegalArgumentException if count exceeds the number of snapshots
     */
    public static RadialBasisDictionary fromData(SnapshotPairs pairs, int count, Shape shape, long seed) {
        int m = pairs.size();
        int d = pairs.dimension();
        if (count < 1 || count > m) {
            throw new IllegalArgumentException("rbf:" + count + " needs between 1 and the number of snapshots ("
                    + m + ") centres");
        }
        double[] x = pairs.xView();
        SplittableRandom random = new SplittableRandom(seed);
        int sampleSize = Math.min(m, Math.max(KMEANS_SAMPLE, count));
        int[] sample = sampleIndices(m, sampleSize, random);
        double[] centres = new double[count * d];
        for (int k = 0; k < count; k++) {
            System.arraycopy(x, sample[k] * d, centres, k * d, d);
        }
        lloyd(x, d, sample, centres, count);
        return new RadialBasisDictionary(d, centres, meanDistanceToMean(x, d), shape);
    }

    /** Colbrook's scale: the mean distance of the states from their mean. */
    static double meanDistanceToMean(double[] x, int d) {
        int m = x.length / d;
        double[] mean = new double[d];
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < d; c++) {
                mean[c] += x[i * d + c];
            }
        }
        for (int c = 0; c < d; c++) {
            mean[c] /= m;
        }
        double sum = 0;
        for (int i = 0; i < m; i++) {
            double r2 = 0;
            for (int c = 0; c < d; c++) {
                double e = x[i * d + c] - mean[c];
                r2 += e * e;
            }
            sum += Math.sqrt(r2);
        }
        double scale = sum / m;
        return scale > 0 ? scale : 1.0;
    }

    private static int[] sampleIndices(int m, int size, SplittableRandom random) {
        int[] all = new int[m];
        for (int i = 0; i < m; i++) {
            all[i] = i;
        }
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(m - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = new int[size];
        System.arraycopy(all, 0, out, 0, size);
        return out;
    }

    private static void lloyd(double[] x, int d, int[] sample, double[] centres, int k) {
        double[] sums = new double[k * d];
        int[] counts = new int[k];
        for (int iteration = 0; iteration < KMEANS_ITERATIONS; iteration++) {
            java.util.Arrays.fill(sums, 0);
            java.util.Arrays.fill(counts, 0);
            for (int index : sample) {
                int best = 0;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    double r2 = 0;
                    for (int c = 0; c < d; c++) {
                        double e = x[index * d + c] - centres[j * d + c];
                        r2 += e * e;
                    }
                    if (r2 < bestDistance) {
                        bestDistance = r2;
                        best = j;
                    }
                }
                counts[best]++;
                for (int c = 0; c < d; c++) {
                    sums[best * d + c] += x[index * d + c];
                }
            }
            for (int j = 0; j < k; j++) {
                if (counts[j] > 0) {   // an empty cluster keeps its centre
                    for (int c = 0; c < d; c++) {
                        centres[j * d + c] = sums[j * d + c] / counts[j];
                    }
                }
            }
        }
    }

    public double bandwidth() {
        return bandwidth;
    }

    /** A copy of the centres, row-major. */
    public double[] centres() {
        return centres.clone();
    }

    @Override
    public int inputDimension() {
        return dimension;
    }

    @Override
    public int size() {
        return centres.length / dimension;
    }

    @Override
    public void evaluate(double[] state, int offset, double[] out, int outOffset) {
        int k = size();
        double inverse = 1 / bandwidth;
        for (int j = 0; j < k; j++) {
            double r2 = 0;
            for (int c = 0; c < dimension; c++) {
                double e = state[offset + c] - centres[j * dimension + c];
                r2 += e * e;
            }
            out[outOffset + j] = shape == Shape.EXPONENTIAL ? Math.exp(-Math.sqrt(r2) * inverse)
                    : Math.exp(-r2 * inverse * inverse);
        }
    }

    @Override
    public String name(int j) {
        return "rbf" + j;
    }

    @Override
    public String toString() {
        return size() + " radial basis functions (" + shape.name().toLowerCase(java.util.Locale.ROOT)
                + ", bandwidth " + bandwidth + ")";
    }
}
