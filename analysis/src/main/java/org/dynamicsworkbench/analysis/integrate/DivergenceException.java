package org.dynamicsworkbench.analysis.integrate;

/** A trajectory reached a non-finite or exploding state; the message names the system, step and time. */
public final class DivergenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int step;

    public DivergenceException(String systemName, int step, double time) {
        this(systemName, step, time, "state became non-finite");
    }

    /** @param problem what went wrong, e.g. "state exceeded 1e15 in magnitude" */
    public DivergenceException(String systemName, int step, double time, String problem) {
        super(systemName + ": " + problem + " at step " + step + " (t = " + time + ")");
        this.step = step;
    }

    /**
     * The exception for a state that failed {@link DivergenceCheck#isDiverged}: says whether it became
     * non-finite or exceeded the magnitude limit.
     */
    public static DivergenceException of(String systemName, int step, double time, double[] state, int from,
                                         int length) {
        for (int i = from; i < from + length; i++) {
            if (!Double.isFinite(state[i])) {
                return new DivergenceException(systemName, step, time);
            }
        }
        return new DivergenceException(systemName, step, time,
                "state exceeded " + DivergenceCheck.LIMIT + " in magnitude");
    }

    public int step() {
        return step;
    }
}
