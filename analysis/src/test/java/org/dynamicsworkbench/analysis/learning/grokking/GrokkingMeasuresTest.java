package org.dynamicsworkbench.analysis.learning.grokking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynamicsworkbench.analysis.learning.SeededRandom;
import org.junit.jupiter.api.Test;

class GrokkingMeasuresTest {

    @Test
    void aPureCosineNeuronHasIprOneAtItsFrequency() {
        int p = 13;
        GrokkingMeasures m = new GrokkingMeasures(p);
        float[] u = new float[2 * p]; // 2 neurons x p tokens
        for (int t = 0; t < p; t++) {
            u[t] = (float) (3 + Math.cos(2 * Math.PI * 4 * t / p + 0.3)); // DC is dropped
            u[p + t] = (float) (Math.cos(2 * Math.PI * 2 * t / p) + Math.sin(2 * Math.PI * 5 * t / p));
        }
        double[] power = m.powerFractions(u, 2, p, 1);
        double[] ipr = m.ipr(power);
        assertEquals(1.0, ipr[0], 1e-6);
        assertEquals(1.0, power[3], 1e-6);
        assertEquals(0.5, ipr[1], 1e-6); // two equal frequencies: 0.5^2 + 0.5^2
        assertEquals(4, m.dominantFrequency(power)[0]);
        assertEquals(0.5, GrokkingMeasures.periodicFraction(new double[] {0.9, 0.4}));
    }

    @Test
    void ckaIsOneWhenFeaturesAreTheCentredLabelsAndEffectiveRankCountsEqualDirections() {
        int p = 5;
        int m = 20;
        int[] labels = new int[m];
        double[] z = new double[m * p];
        for (int s = 0; s < m; s++) {
            labels[s] = s % p;
            z[s * p + labels[s]] = 3.0; // features = scaled one-hot labels
        }
        double[] zc = z.clone();
        // centre columns as GrokkingMeasures does
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (int s = 0; s < m; s++) {
                mean += zc[s * p + j] / m;
            }
            for (int s = 0; s < m; s++) {
                zc[s * p + j] -= mean;
            }
        }
        assertEquals(1.0, GrokkingMeasures.cka(zc, m, p, labels, p), 1e-12);
        // balanced centred one-hots span p - 1 equal directions
        assertEquals(p - 1, GrokkingMeasures.effectiveRank(zc, m, p), 1e-9);
        assertEquals(p - 1, GrokkingMeasures.effectiveRank(transposeAsRows(zc, m, p), p, m), 1e-9);
    }

    @Test
    void keyFrequencyComponentOfAPureSumCosineIsItselfAndNothingElse() {
        int p = 7;
        GrokkingMeasures m = new GrokkingMeasures(p);
        float[] logits = new float[p * p * p];
        SeededRandom r = new SeededRandom(2);
        double[] expected = new double[logits.length];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                for (int c = 0; c < p; c++) {
                    double keep = (c + 1) * Math.cos(2 * Math.PI * 2 * (a + b) / p)
                            - 0.5 * Math.sin(2 * Math.PI * 2 * (a + b) / p);
                    double other = Math.cos(2 * Math.PI * 3 * (a + b) / p) + Math.cos(2 * Math.PI * 2 * a / p);
                    logits[(a * p + b) * p + c] = (float) (keep + other);
                    expected[(a * p + b) * p + c] = keep;
                }
            }
        }
        double[] component = m.keyFrequencyComponent(logits, new int[] {2});
        for (int i = 0; i < component.length; i++) {
            assertEquals(expected[i], component[i], 1e-5);
        }
        GrokkingSplit split = GrokkingSplit.shuffle(p, 20, r);
        assertTrue(m.restrictedLoss(logits, new int[] {2}, split) > 0);
        assertTrue(m.excludedLoss(logits, new int[] {2}, split) > 0);
        assertEquals(Math.log(3), GrokkingMeasures.crossEntropy(new double[] {5, 5, 5}, 1), 1e-12);
    }

    private static double[] transposeAsRows(double[] x, int rows, int cols) {
        double[] t = new double[rows * cols];
        for (int s = 0; s < rows; s++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + s] = x[s * cols + j];
            }
        }
        return t;
    }
}
