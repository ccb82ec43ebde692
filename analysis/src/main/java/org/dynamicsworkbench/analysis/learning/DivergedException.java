package org.dynamicsworkbench.analysis.learning;

/** Thrown by {@link Experiment#advance()} when training produced a non-finite loss or parameter. */
public final class DivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long step;

    /**
     * @param step   the step at which the non-finite value appeared
     * @param detail what became non-finite, e.g. "train loss is NaN"
     */
    public DivergedException(long step, String detail) {
        super("training diverged at step " + step + ": " + detail);
        this.step = step;
    }

    public long step() {
        return step;
    }
}
