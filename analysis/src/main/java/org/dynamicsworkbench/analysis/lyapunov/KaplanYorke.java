package org.dynamicsworkbench.analysis.lyapunov;

/**
 * The Kaplan-Yorke (Lyapunov) dimension of a spectrum: with the exponents sorted in descending order and
 * k the largest count whose partial sum lambda_1 + ... + lambda_k is still >= 0,
 * D = k + (lambda_1 + ... + lambda_k) / |lambda_{k+1}|.
 *
 * <p>Edge cases: if lambda_1 &lt; 0 (a stable fixed point) D = 0; if the partial sums never become
 * negative (volume never contracts) D = d, the dimension. (dysts clamps the index and warns instead.)
 */
public final class KaplanYorke {

    private KaplanYorke() {
    }

    /**
     * @param sortedDescending Lyapunov exponents, finite, in descending order, at least one
     * @throws IllegalArgumentException if the array is empty, not finite or not sorted
     */
    public static double dimension(double[] sortedDescending) {
        int d = sortedDescending.length;
        if (d == 0) {
            throw new IllegalArgumentException("Kaplan-Yorke dimension of an empty spectrum");
        }
        for (int i = 0; i < d; i++) {
            if (!Double.isFinite(sortedDescending[i])) {
                throw new IllegalArgumentException("Lyapunov exponent " + i + " is not finite: " + sortedDescending[i]);
            }
            if (i > 0 && sortedDescending[i] > sortedDescending[i - 1]) {
                throw new IllegalArgumentException("Lyapunov exponents must be sorted in descending order, but "
                        + sortedDescending[i - 1] + " is followed by " + sortedDescending[i]);
            }
        }
        double partialSum = 0;
        for (int k = 0; k < d; k++) {
            double next = sortedDescending[k];
            if (partialSum + next < 0) {
                return k + partialSum / Math.abs(next);
            }
            partialSum += next;
        }
        return d;
    }
}
