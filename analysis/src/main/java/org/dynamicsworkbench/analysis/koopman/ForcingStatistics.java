package org.dynamicsworkbench.analysis.koopman;

/**
 * Statistics of HAVOK's forcing signal v_r: moments (population), and the activity threshold as PyDMD's
 * {@code compute_threshold} with a tail probability p: a 50-bin histogram normalised to sum 1, ind1 the
 * first bin whose cumulative sum exceeds p/2, ind2 the first whose remaining mass falls below p/2, and
 * threshold = (|centre(ind1)| + |centre(ind2)|) / 2 (bin centres: the spec's reading of PyDMD, not checked
 * against its source). The forcing is "active" where |v_r| &gt; threshold.
 */
public record ForcingStatistics(double mean, double standardDeviation, double skewness, double excessKurtosis,
                                double threshold, double activeFraction) {
    static final int BINS = 50;

    static ForcingStatistics of(double[] forcing, double tail) {
        int n = forcing.length;
        double mean = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double f : forcing) {
            mean += f;
            min = Math.min(min, f);
            max = Math.max(max, f);
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double f : forcing) {
            double e = f - mean;
            double e2 = e * e;
            m2 += e2;
            m3 += e2 * e;
            m4 += e2 * e2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double std = Math.sqrt(m2);
        double skew = m2 > 0 ? m3 / (m2 * std) : 0;
        double kurtosis = m2 > 0 ? m4 / (m2 * m2) - 3 : 0;
        int[] counts = new int[BINS];
        double width = (max - min) / BINS;
        for (double f : forcing) {
            int bin = width > 0 ? (int) ((f - min) / width) : 0;
            counts[Math.min(bin, BINS - 1)]++;
        }
        int ind1 = -1;
        int ind2 = -1;
        double cumulative = 0;
        for (int i = 0; i < BINS; i++) {
            cumulative += counts[i] / (double) n;
            if (ind1 < 0 && cumulative > tail / 2) {
                ind1 = i;
            }
            if (ind2 < 0 && 1 - cumulative < tail / 2) {
                ind2 = i;
            }
        }
        double threshold = (Math.abs(min + (ind1 + 0.5) * width) + Math.abs(min + (ind2 + 0.5) * width)) / 2;
        int active = 0;
        for (double f : forcing) {
            if (Math.abs(f) > threshold) {
                active++;
            }
        }
        return new ForcingStatistics(mean, std, skew, kurtosis, threshold, active / (double) n);
    }
}
