package org.dynamicsworkbench.analysis.learning.grokking;

import org.dynamicsworkbench.analysis.learning.SeededRandom;

/**
 * The data of one run: all p^2 pairs (a, b), shuffled with a seeded source, the first floor(frac p^2) train
 * and the rest test; the label of a pair is (a + b) mod p. A pair's index in the p x p grid is a * p + b.
 * Immutable (accessors copy).
 */
public final class GrokkingSplit {
    private final int p;
    private final int[] trainPairs;
    private final int[] testPairs;
    private final boolean[] isTrain;

    private GrokkingSplit(int p, int[] trainPairs, int[] testPairs) {
        this.p = p;
        this.trainPairs = trainPairs;
        this.testPairs = testPairs;
        this.isTrain = new boolean[p * p];
        for (int pair : trainPairs) {
            isTrain[pair] = true;
        }
    }

    /** Shuffles the p^2 pair indices with {@code random} and takes the first {@code trainCount} as train. */
    public static GrokkingSplit shuffle(int p, int trainCount, SeededRandom random) {
        int total = p * p;
        if (trainCount < 1 || trainCount >= total) {
            throw new IllegalArgumentException("train count must be in 1.." + (total - 1) + ", got " + trainCount);
        }
        int[] all = new int[total];
        for (int i = 0; i < total; i++) {
            all[i] = i;
        }
        random.shuffle(all);
        int[] train = new int[trainCount];
        int[] test = new int[total - trainCount];
        System.arraycopy(all, 0, train, 0, trainCount);
        System.arraycopy(all, trainCount, test, 0, test.length);
        return new GrokkingSplit(p, train, test);
    }

    public int p() {
        return p;
    }

    public int trainSize() {
        return trainPairs.length;
    }

    public int testSize() {
        return testPairs.length;
    }

    /** The train pair indices (a * p + b) in shuffled order. */
    public int[] trainPairs() {
        return trainPairs.clone();
    }

    /** The test pair indices (a * p + b) in shuffled order. */
    public int[] testPairs() {
        return testPairs.clone();
    }

    public boolean isTrain(int pair) {
        return isTrain[pair];
    }

    /** The label (a + b) mod p of pair index {@code pair}. */
    public int label(int pair) {
        return (pair / p + pair % p) % p;
    }

    /** The first token a of the pairs, in the given order. */
    int[] firstTokens(int[] pairs) {
        int[] a = new int[pairs.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = pairs[i] / p;
        }
        return a;
    }

    /** The second token b of the pairs, in the given order. */
    int[] secondTokens(int[] pairs) {
        int[] b = new int[pairs.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = pairs[i] % p;
        }
        return b;
    }

    /** The labels of the pairs, in the given order. */
    int[] labels(int[] pairs) {
        int[] y = new int[pairs.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = label(pairs[i]);
        }
        return y;
    }
}
