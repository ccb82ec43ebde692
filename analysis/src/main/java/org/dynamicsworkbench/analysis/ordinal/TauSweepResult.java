package org.dynamicsworkbench.analysis.ordinal;

/**
 * The path of a series through the complexity-entropy plane as the delay varies: entry i belongs to
 * delay {@code taus[i]}. Immutable; arrays are copied in and out.
 */
public record TauSweepResult(int dimension, int[] taus, double[] entropy, double[] complexity,
                             int[] distinctPatterns) {

    public TauSweepResult {
        taus = taus.clone();
        entropy = entropy.clone();
        complexity = complexity.clone();
        distinctPatterns = distinctPatterns.clone();
        int k = taus.length;
        if (entropy.length != k || complexity.length != k || distinctPatterns.length != k) {
            throw new IllegalArgumentException("a sweep needs one H, C and pattern count per delay");
        }
    }

    static TauSweepResult of(int dimension, int[] taus, PatternCounts[] counts) {
        double[] h = new double[taus.length];
        double[] c = new double[taus.length];
        int[] distinct = new int[taus.length];
        for (int i = 0; i < taus.length; i++) {
            HcPoint point = counts[i].complexityEntropy();
            h[i] = point.entropy();
            c[i] = point.complexity();
            distinct[i] = counts[i].distinctPatterns();
        }
        return new TauSweepResult(dimension, taus, h, c, distinct);
    }

    @Override
    public int[] taus() {
        return taus.clone();
    }

    @Override
    public double[] entropy() {
        return entropy.clone();
    }

    @Override
    public double[] complexity() {
        return complexity.clone();
    }

    @Override
    public int[] distinctPatterns() {
        return distinctPatterns.clone();
    }

    public int size() {
        return taus.length;
    }

    public HcPoint point(int i) {
        return new HcPoint(entropy[i], complexity[i]);
    }
}
