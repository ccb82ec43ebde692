package org.dynamicsworkbench.analysis.system.maps;

/**
 * Kepler's equation E - e sin E = M for 0 &lt;= e &lt; 1, solved by Newton's method safeguarded by bisection.
 * The left side is strictly increasing (its slope 1 - e cos E is at least 1 - e &gt; 0), so the root is unique
 * and lies in [M - e, M + e], where the left side changes sign; every Newton step that would leave the current
 * bracket is replaced by its midpoint, so the iteration converges for every e below 1, quadratically once
 * Newton takes over. Allocation-free.
 */
final class KeplerEquation {
    private static final double TWO_PI = 2 * Math.PI;
    private static final int MAX_ITERATIONS = 100;

    private KeplerEquation() {
    }

    /**
     * The root E of E - e sin E = M, less the multiple of 2 pi that brings M into [-pi, pi]: the equation is
     * invariant under E -> E + 2 pi k, M -> M + 2 pi k, and reducing M first keeps the root accurate to a few
     * ulp of pi even when M is large. Callers that use only cos E and sin E need no correction.
     *
     * @param eccentricity e, in [0, 1)
     * @param meanAnomaly  M, finite
     * @return E - 2 pi k with k the integer nearest M / 2 pi, to within a few ulp of its exact value
     */
    static double solveReduced(double eccentricity, double meanAnomaly) {
        double m = meanAnomaly - TWO_PI * Math.rint(meanAnomaly / TWO_PI);
        double e = eccentricity;
        double lo = m - e;
        double hi = m + e;
        double root = m + e * Math.sin(m);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double residual = root - e * Math.sin(root) - m;
            if (residual == 0) {
                return root;
            }
            if (residual < 0) {
                lo = root;
            } else {
                hi = root;
            }
            double next = root - residual / (1 - e * Math.cos(root));
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - root) <= 0x1p-52 * Math.max(1, Math.abs(root)) || hi - lo <= Math.ulp(hi)) {
                return next;
            }
            root = next;
        }
        return root;
    }
}
