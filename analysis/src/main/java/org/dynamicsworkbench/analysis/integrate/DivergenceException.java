package org.dynamicsworkbench.analysis.integrate;

/** A trajectory reached a non-finite or exploding state; the message names the system, step and time. */
public final class DivergenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int step;

    public DivergenceException(String systemName, int step, double time) {
        super(systemName + ": state became non-finite at step " + step + " (t = " + time + ")");
        this.step = step;
    }

    public int step() {
        return step;
    }
}
