package org.dynamicsworkbench.analysis.integrate;

/** The test every integrator applies to each new state: non-finite or larger than {@link #LIMIT} in magnitude. */
public final class DivergenceCheck {
    /** Largest magnitude a state component may reach before the run counts as diverged. */
    public static final double LIMIT = 1e15;

    private DivergenceCheck() {
    }

    /** Whether any of {@code state[from .. from + length)} is NaN, infinite or beyond {@link #LIMIT}. */
    public static boolean isDiverged(double[] state, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (!(Math.abs(state[i]) <= LIMIT)) {
                return true;
            }
        }
        return false;
    }
}
