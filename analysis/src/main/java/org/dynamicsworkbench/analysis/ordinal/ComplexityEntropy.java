package org.dynamicsworkbench.analysis.ordinal;

/**
 * Normalised permutation entropy and Jensen-Shannon statistical complexity of a pattern distribution
 * (Bandt-Pompe 2002; Rosso et al. 2007; peccary {@code calcHC}):
 * <pre>
 * H = S[P] / ln N,  N = n!,  S[P] = -sum p ln p over observed patterns
 * J = S[(P+Pe)/2] - S[P]/2 - S[Pe]/2,  Pe uniform
 * C = Q0 J H,  Q0 = 1/J_max = -2 / [ ((N+1)/N) ln(N+1) - 2 ln(2N) + ln N ]
 * </pre>
 * Each of the N - N_obs unobserved patterns contributes {@code -(1/(2N)) ln(1/(2N))} to S[(P+Pe)/2], in
 * closed form. Natural logarithms throughout (H and Q0 J do not depend on
 * the base). Stateless.
 */
public final class ComplexityEntropy {

    private ComplexityEntropy() {
    }

    /** Q0 = 1/J_max (J in nats) for N = n! patterns. */
    public static double normalisation(double patternCount) {
        double n = patternCount;
        return -2.0 / ((n + 1) / n * Math.log(n + 1) - 2 * Math.log(2 * n) + Math.log(n));
    }

    /** n! as a double (exact for n up to 18). */
    public static double factorial(int n) {
        if (n < 1 || n > 18) {
            throw new IllegalArgumentException("embedding dimension n must be in 1..18, got " + n);
        }
        double f = 1;
        for (int k = 2; k <= n; k++) {
            f *= k;
        }
        return f;
    }

    /**
     * (H, C) of a distribution over the n! patterns; zeros are unobserved patterns.
     *
     * @param probabilities n! non-negative numbers summing to 1 (to 1e-9)
     */
    public static HcPoint of(int dimension, double[] probabilities) {
        double patterns = factorial(dimension);
        if (probabilities.length != patterns) {
            throw new IllegalArgumentException("n = " + dimension + " needs " + (long) patterns
                    + " probabilities, got " + probabilities.length);
        }
        double sum = 0;
        double entropy = 0;
        double mixedEntropy = 0;
        double uniform = 1.0 / patterns;
        int observed = 0;
        for (double p : probabilities) {
            if (!(p >= 0) || p > 1) {
                throw new IllegalArgumentException("probabilities must lie in [0, 1], got " + p);
            }
            if (p > 0) {
                observed++;
                sum += p;
                entropy -= p * Math.log(p);
                double q = 0.5 * (p + uniform);
                mixedEntropy -= q * Math.log(q);
            }
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("probabilities must sum to 1, got " + sum);
        }
        double halfUniform = 0.5 * uniform;
        mixedEntropy -= (patterns - observed) * halfUniform * Math.log(halfUniform);
        return fromEntropies(patterns, entropy, mixedEntropy);
    }

    /** (H, C) from S[P] and S[(P+Pe)/2] in nats. */
    static HcPoint fromEntropies(double patterns, double entropy, double mixedEntropy) {
        double logN = Math.log(patterns);
        double h = entropy / logN;
        double divergence = mixedEntropy - 0.5 * entropy - 0.5 * logN;
        double c = normalisation(patterns) * divergence * h;
        // Rounding can leave -1e-17 for a delta or uniform distribution; both are exactly 0.
        return new HcPoint(clamp01(h), clamp01(c));
    }

    private static double clamp01(double v) {
        return v < 0 ? 0 : Math.min(v, 1);
    }
}
